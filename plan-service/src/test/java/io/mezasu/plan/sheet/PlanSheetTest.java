package io.mezasu.plan.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.plan.domain.DraftRules;
import io.mezasu.plan.domain.Fixtures;
import io.mezasu.plan.domain.Follows;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanDocuments;
import io.mezasu.plan.domain.Target;
import io.mezasu.plan.domain.Target.RuleOrigin;
import io.mezasu.plan.domain.Violation;
import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.platform.problem.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The mapping between plan documents and the 計画 / 目標 / 予算 tables, and their CSV and XLSX forms; no Quarkus. */
class PlanSheetTest {

    static final SheetLimits LIMITS = new SheetLimits(5_000_000, 2_000, 4_000);
    static final Charset CP932 = Charset.forName("MS932");

    @Test
    void minatoRoundTripsThroughTheTables() {
        PlanDocument minato = Fixtures.minato();
        assertSamePlan(minato, imported(PlanSheet.write(minato), null));
    }

    @Test
    void minatoRoundTripsThroughCsvAndXlsx() {
        PlanDocument minato = Fixtures.minato();
        SheetBook book = PlanSheet.write(minato);
        byte[] csv = CsvSheets.write(book);
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 with a BOM, for Excel");
        assertSamePlan(minato, imported(CsvSheets.read(csv, StandardCharsets.UTF_8).book(), null));
        assertSamePlan(minato, imported(XlsxSheets.read(XlsxSheets.write(book), 2_000).book(), null));
    }

    @Test
    void aShiftJisCsvReadsAsTheSamePlan() throws CharacterCodingException {
        PlanDocument minato = cp932Minato();
        String text = new String(CsvSheets.write(PlanSheet.write(minato)), StandardCharsets.UTF_8).substring(1);
        ByteBuffer sjis = CP932.newEncoder().encode(CharBuffer.wrap(text)); // refuses rather than writes '?'
        byte[] bytes = new byte[sjis.remaining()];
        sjis.get(bytes);
        assertSamePlan(minato, imported(CsvSheets.read(bytes, CsvSheets.charset("Shift_JIS").orElseThrow()).book(),
                null));
    }

    /** Minato as Excel can save it in Shift_JIS: one note's ⇓ is not in CP932, so it is written ↓. */
    static PlanDocument cp932Minato() {
        try {
            String json = Fixtures.JSON.writeValueAsString(Fixtures.minatoTree()).replace("⇓", "↓");
            return Fixtures.toPlan((ObjectNode) Fixtures.JSON.readTree(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyRulesTheGrammarWouldNotGiveBackTravelAsJson() {
        PlanDocument minato = Fixtures.minato();
        long asJson = minato.targets().filter(t -> PlanSheetWriter.ruleUnlessProposed(t) != null).count();
        assertTrue(asJson < minato.targets().count() / 2, asJson + " of 63 rules as JSON");
        SheetImport read = PlanSheet.read(PlanSheet.write(minato), null, LIMITS);
        assertEquals(asJson, read.plan().targets().filter(t -> t.rule() != null).count(),
                "every JSON rule is read as written, the rest wait for the grammar");
        assertTrue(read.plan().targets().filter(t -> t.rule() != null)
                .allMatch(t -> t.ruleOrigin() == RuleOrigin.CONFIRMED));
    }

    @Test
    void theKeyFromTheQueryWinsOverTheSheets() {
        SheetImport read = PlanSheet.read(PlanSheet.write(Fixtures.minato()), "minato-copy", LIMITS);
        assertEquals("minato-copy", read.plan().key());
    }

    @Test
    void blankCodesMeanTheRowAboveAndTheTablesMayBeTargetsAlone() {
        String csv = """
                経営課題番号,経営課題,戦略番号,戦略,めざす状態,具体的取組番号,具体的取組,目標番号,指標,目標\r
                1,区民主体のまちづくり,1-1,豊かなコミュニティ,"つながりが進んでいる。\r
                活動が活発である。",1-1-1,つながりづくり,1-1-1-1,肯定的に感じている区民の割合,55.0％以上\r
                ,,,,,,,1-1-1-2,相談件数,延べ30件以上\r
                ,,,,,1-1-2,担い手づくり,1-1-2-1,参加団体数,5団体以上\r
                2,安全・安心,2-1,防災,,2-1-1,訓練,2-1-1-1,訓練の実施,訓練を実施\r
                ,,,,,,,,,\r
                """;
        SheetImport read = PlanSheet.read(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).book(), "two-issues", LIMITS);
        assertEquals(List.of(), read.problems());
        PlanDocument plan = read.plan();
        assertEquals(List.of("1-1-1-1", "1-1-1-2", "1-1-2-1", "2-1-1-1"), plan.targets().map(Target::code).toList());
        assertEquals(List.of("つながりが進んでいる。", "活動が活発である。"),
                plan.issues().get(0).strategies().get(0).desiredStates().stream().map(d -> d.text()).toList());
        assertEquals(Target.Pairing.STATED, plan.targets().findFirst().orElseThrow().pairing());
    }

    /** Multi-line cells take text as the JSON API does (platform PlainText): line breaks and tabs, nothing else. */
    @Test
    void aTabInMezasuStateIsKeptAsWritten() {
        String csv = "経営課題番号,経営課題,戦略番号,戦略,めざす状態,具体的取組番号,具体的取組,目標番号,指標,目標\r\n"
                + "1,課題,1-1,戦略,\"一つ目\t（補足）。\r\n二つ目。\",1-1-1,取組,1-1-1-1,件数,5件以上\r\n";
        SheetImport read = PlanSheet.read(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).book(), "tabbed", LIMITS);
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("一つ目\t（補足）。", "二つ目。"), read.plan().issues().get(0).strategies().get(0)
                .desiredStates().stream().map(d -> d.text()).toList());
    }

    /** Every sheet problem has a text in both bundles, in different words (no key falls back to "missing text"). */
    private static void assertWordedInBothLanguages(String what, Text message) {
        for (ProblemLanguage language : ProblemLanguage.values()) {
            assertTrue(ProblemTexts.template(message.key(), language).isPresent(),
                    what + ": no " + language + " text for " + message.key());
        }
        assertNotEquals(ProblemTexts.resolve(message, ProblemLanguage.EN), ProblemTexts.resolve(message,
                ProblemLanguage.JA), what + ": " + message.key());
    }

    @Test
    void numbersAndDatesTypedInExcelReadAsTheirText() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet targets = book.createSheet("目標");
            row(targets, 0, "経営課題番号", "経営課題", "戦略番号", "戦略", "具体的取組番号", "具体的取組", "目標番号", "指標", "目標");
            Row line = row(targets, 1, null, "課題", "1-1", "戦略", "1-1-1", "取組", "1-1-1-1", "件数", "5件以上");
            line.createCell(0).setCellValue(1.0);
            Sheet budgets = book.createSheet("予算");
            row(budgets, 0, "経営課題番号", "主な事業", "予算額（千円）");
            Row money = row(budgets, 1, null, "事業");
            money.createCell(0).setCellValue(1);
            money.createCell(2).setCellValue(27412.0);
            book.write(out);
            SheetImport read = PlanSheet.read(XlsxSheets.read(out.toByteArray(), 100).book(), "typed", LIMITS);
            assertEquals(List.of(), read.problems());
            assertEquals(1, read.plan().issues().get(0).number());
            assertEquals(27412L, read.plan().issues().get(0).projects().get(0).budgetThousandYen());
        }
    }

    static Stream<Arguments> brokenSheets() {
        String header = "経営課題番号,経営課題,戦略番号,戦略,具体的取組番号,具体的取組,目標番号,指標,目標,判定ルール\r\n";
        String good = "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n";
        return Stream.of(
                Arguments.of("issue number not a number", header + "一,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n",
                        "目標", 2, "A", "invalid-code"),
                Arguments.of("strategy under another issue", header + "1,課題,2-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n",
                        "目標", 2, "C", "invalid-code"),
                Arguments.of("target under another initiative", header + good
                        + ",,,,,,1-1-2-1,件数,5件以上,\r\n", "目標", 3, "G", "invalid-code"),
                Arguments.of("duplicate target", header + good + good, "目標", 3, "G", "duplicate-code"),
                Arguments.of("conflicting strategy title", header + good
                        + "1,課題,1-1,別の戦略,1-1-1,取組,1-1-1-2,件数,5件以上,\r\n", "目標", 3, "D", "conflicting-value"),
                Arguments.of("target without code", header + good + ",,,,,,,件数,6件以上,\r\n",
                        "目標", 3, "G", "missing"),
                Arguments.of("rule that is not JSON", header + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,{kind\r\n",
                        "目標", 2, "J", "invalid-rule"),
                Arguments.of("control character", header + "1,課題\u0007,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n",
                        "目標", 2, "B", "control-character"),
                Arguments.of("C1 control character (NEL)", header
                        + "1,課題,1-1,戦略\u0085,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n", "目標", 2, "D", "control-character"),
                Arguments.of("tab in a single-line cell", header + "1,課題,1-1,戦略,1-1-1,取\t組,1-1-1-1,件数,5件以上,\r\n",
                        "目標", 2, "F", "control-character"),
                Arguments.of("line break in a single-line cell", header
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,\"件\n数\",5件以上,\r\n", "目標", 2, "H", "control-character"),
                Arguments.of("cell too long", header + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1," + "長".repeat(4001)
                        + ",5件以上,\r\n", "目標", 2, "H", "cell-too-long"),
                Arguments.of("unknown column", header.replace("判定ルール", "メモ") + good, "目標", 1, "J",
                        "unknown-column"),
                Arguments.of("value under no header", header + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,,メモ\r\n",
                        "目標", 2, "K", "headless-cell"),
                Arguments.of("missing column", header.replace("指標,", "") + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,5件以上,\r\n",
                        "目標", 1, null, "missing-column"),
                Arguments.of("unknown plan item", "[計画]\r\n項目,値\r\n区長,山田\r\n[目標]\r\n" + header + good,
                        "計画", 3, "A", "unknown-item"),
                Arguments.of("invalid plan key", "[計画]\r\n項目,値\r\n計画キー,Minato 2019\r\n[目標]\r\n" + header + good,
                        "計画", 3, "B", "invalid-key"),
                Arguments.of("bad date of issue", "[計画]\r\n項目,値\r\n発行年月,令和元年6月\r\n[目標]\r\n" + header + good,
                        "計画", 3, "B", "invalid-value"),
                Arguments.of("budget amount not a number", "[目標]\r\n" + header + good
                        + "[予算]\r\n経営課題番号,主な事業,予算額（千円）\r\n1,事業,二千\r\n", "予算", 6, "C", "invalid-amount"),
                Arguments.of("budget of an unknown issue", "[目標]\r\n" + header + good
                        + "[予算]\r\n経営課題番号,主な事業,予算額（千円）\r\n9,事業,2000\r\n", "予算", 6, "A", "unknown-issue"),
                Arguments.of("previous code not a target code", header.replace("判定ルール", "previousCode")
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,1-1-2\r\n",
                        "目標", 2, "J", "invalid-code"),
                Arguments.of("previous code without a followed plan", header.replace("判定ルール", "前年度の目標番号")
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,1-1-1-2\r\n", "目標", 2, "J",
                        "follows-without-plan"),
                Arguments.of("unknown pairing", header.replace("判定ルール", "対応づけ")
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,たぶん\r\n", "目標", 2, "J", "invalid-pairing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSheets")
    void everyProblemNamesItsRowAndColumn(String what, String csv, String sheet, int row, String column, String code) {
        CsvSheets.Result parsed = CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertNotNull(parsed.book(), what + ": " + parsed.problems());
        String key = csv.contains("計画キー") ? null : "broken"; // a key from the query would win over the sheet's
        SheetImport read = PlanSheet.read(parsed.book(), key, LIMITS);
        assertNull(read.plan(), what + ": nothing is returned from a sheet with problems");
        SheetProblem expected = read.problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no " + code + " in " + read.problems()));
        assertEquals(sheet, expected.sheet(), what);
        assertEquals(row, expected.row(), what);
        assertEquals(column, expected.column(), what);
        read.problems().forEach(problem -> assertWordedInBothLanguages(what, problem.message()));
    }

    @Test
    void everyProblemOfASheetIsReportedAtOnce() {
        String csv = "経営課題番号,経営課題,戦略番号,戦略,具体的取組番号,具体的取組,目標番号,指標,目標\r\n"
                + "x,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上\r\n"
                + "2,課題,3-1,戦略,2-1-1,取組,2-1-1-1,件数,5件以上\r\n";
        SheetImport read = PlanSheet.read(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).book(), "broken", LIMITS);
        assertEquals(List.of("目標!A2", "目標!C3"), read.problems().stream().map(SheetProblem::reference).toList());
    }

    @Test
    void aWorkbookWithAnUnknownSheetOrNoWorkbookAtAllIsRefused() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            row(book.createSheet("目標"), 0, "経営課題番号");
            row(book.createSheet("メモ"), 0, "覚え書き");
            book.write(out);
            XlsxSheets.Result read = XlsxSheets.read(out.toByteArray(), 100);
            assertNull(read.book());
            assertEquals(List.of("unknown-sheet"), read.problems().stream().map(SheetProblem::code).toList());
            assertEquals("メモ", read.problems().get(0).reference());
        }
        XlsxSheets.Result notXlsx = XlsxSheets.read("経営課題番号\r\n".getBytes(StandardCharsets.UTF_8), 100);
        assertEquals("not-a-workbook", notXlsx.problems().get(0).code());
        assertTrue(XlsxSheets.read(XlsxSheets.write(PlanSheet.write(Fixtures.minato())), 50).tooManyRows(),
                "64 target rows are more than 50");
    }

    @Test
    void rowsAreNumberedAsExcelShowsThemNotByLine() {
        String csv = "経営課題番号,経営課題,戦略番号,戦略,めざす状態,具体的取組番号,具体的取組,目標番号,指標,目標\r\n"
                + "1,課題,1-1,戦略,\"一つ目。\r\n二つ目。\",1-1-1,取組,1-1-1-1,件数,5件以上\r\n"
                + "\r\n"
                + "1,課題,1-1,戦略,,1-1-1,取組,1-1-1-x,件数,5件以上\r\n";
        SheetImport read = PlanSheet.read(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).book(), "rows", LIMITS);
        assertEquals(List.of("目標!H4"), read.problems().stream().map(SheetProblem::reference).toList(),
                "row 4 in Excel (line 5 in an editor): the two-line cell is one row, the blank line is one");
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetNameTheirLine() {
        byte[] sjis = "経営課題番号\r\n１\r\n".getBytes(CP932);
        CsvSheets.Result read = CsvSheets.read(sjis, StandardCharsets.UTF_8);
        assertNull(read.book());
        assertEquals("invalid-encoding", read.problems().get(0).code());
        Text message = read.problems().get(0).message();
        assertTrue(ProblemTexts.resolve(message, ProblemLanguage.EN).startsWith("line 1 of the file"), message.toString());
        assertTrue(ProblemTexts.resolve(message, ProblemLanguage.JA).startsWith("ファイルの 1 行目"), message.toString());
    }

    @Test
    void aValidationProblemOfTheDraftIsLocatedInItsCell() {
        PlanDocument minato = Fixtures.minato();
        SheetImport read = PlanSheet.read(PlanSheet.write(minato), "located", LIMITS);
        var violation = io.mezasu.plan.domain.Violation.of("missing",
                "/issues/0/strategies/0/initiatives/0/targets/0/pairingNote", "draft.pairing-note-missing");
        SheetProblem at = read.locate(violation);
        assertEquals("目標!O2", at.reference());
        assertEquals("対応づけの注記", at.header());
        assertEquals("draft.pairing-note-missing", at.message().key(), "the draft's own words, in either language");
    }

    @Test
    void aPlanThatFollowsAPlanRoundTripsWithTheSameFollows() {
        PlanDocument fy2020 = testWard("testward-fy2020");
        SheetBook book = PlanSheet.write(fy2020);
        SheetTable plan = book.table(SheetTable.Kind.PLAN).orElseThrow();
        assertTrue(plan.rows().stream().anyMatch(r -> r.cells().equals(List.of("前年度の計画キー", "testward-fy2019"))),
                plan.rows().toString());
        SheetTable targets = book.table(SheetTable.Kind.TARGETS).orElseThrow();
        int column = TargetColumn.PREVIOUS_CODE.ordinal();
        assertEquals("前年度の目標番号", targets.header().cell(column));
        assertEquals(List.of("", "1-1-1-3", "1-1-1-2"), targets.rows().stream().map(r -> r.cell(column)).toList(),
                "only the moved codes are written; blank continues the same code");
        SheetImport csv = imported(CsvSheets.read(CsvSheets.write(book), StandardCharsets.UTF_8).book(), null);
        assertSamePlan(fy2020, csv);
        assertEquals(fy2020.follows(), csv.plan().follows());
        SheetImport xlsx = imported(XlsxSheets.read(XlsxSheets.write(book), 2_000).book(), "testward-copy");
        assertEquals(PlanDocuments.tree(fy2020).get("follows"), PlanDocuments.tree(xlsx.plan()).get("follows"));
    }

    @Test
    void theMappingColumnGivesTheMovedCodesByEitherHeaderAndBlankMeansTheSameCode() {
        String csv = "[計画]\r\n項目,値\r\nfollows,testward-fy2019\r\n[目標]\r\n"
                + "経営課題番号,経営課題,戦略番号,戦略,具体的取組番号,具体的取組,目標番号,指標,目標,previousCode\r\n"
                + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,\r\n"
                + ",,,,,,1-1-1-2,件数,6件以上,1-1-1-3\r\n";
        SheetImport read = imported(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .book(), "mapped");
        assertEquals(List.of(), read.problems());
        assertEquals(new Follows("testward-fy2019", Map.of("1-1-1-2", "1-1-1-3")), read.plan().follows());
        SheetImport none = imported(PlanSheet.write(Fixtures.minato()), null);
        assertNull(none.plan().follows(), "a sheet without 前年度の計画キー follows nothing");
    }

    @Test
    void theDraftsChecksOfFollowsArePlacedInTheirCells() {
        PlanDocument fy2020 = testWard("testward-fy2020");
        // 1-1-1-2 continues a target FY2019 does not have; 1-1-1-3 left blank continues FY2019's 1-1-1-3, a rate.
        PlanDocument broken = fy2020.following(new Follows("testward-fy2019", Map.of("1-1-1-2", "1-1-1-9")));
        SheetImport read = imported(PlanSheet.write(broken), null);
        assertEquals(List.of(), read.problems(), "the sheet cannot know the followed plan: the draft checks it");
        List<Violation> violations = Follows.check(read.plan(), testWard("testward-fy2019"));
        Map<String, String> cells = violations.stream().collect(Collectors.toMap(
                v -> v.code() + " " + v.pointer(), v -> read.locate(v).reference(), (a, b) -> a));
        assertEquals(Map.of("unknown-target /follows/targets/1-1-1-2", "目標!Q3",
                "follows-kind-mismatch /follows/targets/1-1-1-3", "目標!Q4"), cells);
        Violation plan = Violation.of("unknown-followed-plan", "/follows/plan", "follows.unknown-plan", "plan",
                "testward-fy2019");
        SheetProblem at = read.locate(plan);
        assertEquals("計画", at.sheet());
        assertEquals("B", at.column());
    }

    static PlanDocument testWard(String key) {
        try (InputStream in = PlanSheetTest.class.getResourceAsStream("/plans/test-data/" + key + ".json")) {
            return Fixtures.toPlan((ObjectNode) Fixtures.JSON.readTree(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SheetImport imported(SheetBook book, String key) {
        assertNotNull(book);
        return PlanSheet.read(book, key, LIMITS);
    }

    /**
     * The published form of both, after the editor confirmed the proposed rules. The original's rules were written by
     * hand (ruleOrigin absent); the import's are CONFIRMED: both mean an editor stands behind the rule, so the origin
     * is left out of the comparison and everything else must be equal.
     */
    static void assertSamePlan(PlanDocument original, SheetImport read) {
        assertEquals(List.of(), read.problems());
        PlanDocument confirmed = DraftRules.confirm(DraftRules.proposeMissing(read.plan()), null, new ArrayList<>());
        assertTrue(confirmed.targets().allMatch(t -> t.ruleOrigin() == RuleOrigin.CONFIRMED || t.ruleOrigin() == null));
        assertEquals(withoutOrigins(PlanDocuments.tree(original)), withoutOrigins(PlanDocuments.tree(confirmed)));
    }

    /** The plan's JSON without ruleOrigin (see above); key, versions and timestamps are not in a document. */
    static JsonNode withoutOrigins(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("ruleOrigin").forEach(parent -> ((ObjectNode) parent).remove("ruleOrigin"));
        return copy;
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }
}
