package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.plan.domain.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans as spreadsheets over HTTP, on the real stack: the published plan exported as CSV and XLSX, imported back as
 * a draft under another key, confirmed and published as the same plan; imports in UTF-8, Shift_JIS and XLSX;
 * broken sheets refused with every problem's row and column and nothing written; 409, 413, 415 and who may call.
 */
@QuarkusTest
class PlanImportTests {

    static final String SOURCE = "sheet-source";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "経営課題番号,経営課題,戦略番号,戦略,具体的取組番号,具体的取組,目標番号,指標,目標\r\n";

    /** The published plan the exports read; once per JVM (RestAssured knows the port only inside a test). */
    static synchronized String source() {
        if (given().when().get("/api/v1/plans/{key}", SOURCE).statusCode() == 404) {
            PlanApiTests.publish(PlanApiTests.fixture(SOURCE));
        }
        return SOURCE;
    }

    @Test
    void exportingAsCsvAndImportingUnderAnotherKeyGivesTheSamePlan() {
        byte[] csv = given().when().get("/api/v1/plans/{key}/export.csv", source())
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + SOURCE + "-v1.csv\""))
                .header("ETag", notNullValue())
                .extract().asByteArray();
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 with a BOM");
        roundTrip("sheet-copy-csv", csv, "text/csv");
    }

    @Test
    void exportingAsXlsxAndImportingUnderAnotherKeyGivesTheSamePlan() throws IOException {
        byte[] xlsx = given().when().get("/api/v1/plans/{key}/export.xlsx", source())
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", endsWith(".xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("計画", "目標", "予算"), Stream.of(0, 1, 2).map(book::getSheetName).toList());
            Sheet targets = book.getSheet("目標");
            assertEquals(1, targets.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertEquals("1-1", targets.getRow(1).getCell(3).getStringCellValue(), "codes are text");
            assertEquals(64, targets.getLastRowNum(), "63 targets and the reprint 3-3-1 below the header");
            assertEquals(10, book.getSheet("予算").getLastRowNum(), "10 priority projects");
        }
        roundTrip("sheet-copy-xlsx", xlsx, XLSX);
    }

    /**
     * The test ward's FY2020 plan (TEST DATA), which follows FY2019 with two codes swapped, published under keys of
     * its own (so PlanFollowsTests still finds testward-fy2019 unpublished), exported and imported under another key:
     * the copy follows the same plan with the same moved codes, and publishes as the same plan.
     */
    @Test
    void aPlanThatFollowsAPlanKeepsItsFollowsThroughTheSheet() throws IOException {
        ObjectNode fy2019 = PlanFollowsTests.testWard("testward-fy2019").put("key", "sheetward-fy2019");
        ObjectNode fy2020 = PlanFollowsTests.testWard("testward-fy2020").put("key", "sheetward-fy2020");
        ((ObjectNode) fy2020.get("follows")).put("plan", "sheetward-fy2019");
        PlanApiTests.publish(fy2019);
        PlanApiTests.publish(fy2020);
        byte[] csv = given().when().get("/api/v1/plans/{key}/export.csv", "sheetward-fy2020")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("前年度の計画キー,sheetward-fy2019"));
        importing(csv, "text/csv", "sheetward-fy2020-copy").then().statusCode(201)
                .body("draft.plan.follows.plan", equalTo("sheetward-fy2019"))
                .body("draft.plan.follows.targets.'1-1-1-2'", equalTo("1-1-1-3"))
                .body("draft.plan.follows.targets.'1-1-1-3'", equalTo("1-1-1-2"))
                .body("draft.validation.problems.code", everyItem(equalTo("unconfirmed-rule")));
        As.editor().when().post("/api/v1/plans/{key}/draft/rules/confirm", "sheetward-fy2020-copy")
                .then().statusCode(200).body("validation.valid", equalTo(true));
        As.editor().when().post("/api/v1/plans/{key}/publish", "sheetward-fy2020-copy").then().statusCode(201);
        JsonNode copy = published("sheetward-fy2020-copy");
        assertEquals(published("sheetward-fy2020").get("follows"), copy.get("follows"));
        assertEquals(comparable(published("sheetward-fy2020")), comparable(copy));
    }

    @Test
    void aShiftJisCsvAsExcelSavesItIsReadAsCp932() throws IOException {
        String text = new String(export(), StandardCharsets.UTF_8).substring(1).replace("⇓", "↓"); // ⇓ is not in CP932
        ByteBuffer encoded = Charset.forName("MS932").newEncoder().encode(CharBuffer.wrap(text));
        byte[] sjis = new byte[encoded.remaining()];
        encoded.get(sjis);
        importing(sjis, "text/csv; charset=Shift_JIS", "sheet-sjis")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/sheet-sjis/draft"))
                .body("draft.plan.wardGoal", equalTo(Fixtures.minato().wardGoal()))
                .body("draft.plan.issues[0].strategies[0].desiredStates[0]",
                        equalTo("若い世代やマンション住民など、より幅広い人と人とのつながりづくりが進んでいる。"))
                .body("draft.plan.source.notes[2]", containsString("↓"));
    }

    @Test
    void aSheetOfTargetsAloneBecomesADraftWithProposedRulesLocatedInTheSheet() {
        String csv = HEADER + "1,区民主体のまちづくり,1-1,豊かなコミュニティ,1-1-1,つながりづくり,1-1-1-1,"
                + "肯定的に感じている区民の割合,55.0％以上\r\n"
                + ",,,,,,1-1-1-2,相談延べ件数,\"4,400 件以上\"\r\n";
        importing(csv.getBytes(StandardCharsets.UTF_8), "text/csv", "sheet-utf8")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/sheet-utf8/draft"))
                .body("draft.status", equalTo("DRAFT"))
                .body("draft.plan.issues[0].strategies[0].initiatives[0].targets.ruleOrigin",
                        everyItem(equalTo("PROPOSED")))
                .body("draft.plan.issues[0].strategies[0].initiatives[0].targets[1].rule.threshold", equalTo(4400))
                .body("draft.validation.problems.code", hasItem("unconfirmed-rule"))
                .body("validationCells.findAll { it.code == 'unconfirmed-rule' }.row", equalTo(List.of(2, 3)))
                .body("validationCells.findAll { it.code == 'unconfirmed-rule' }.column", everyItem(equalTo("I")));
        As.reader().when().get("/api/v1/plans/sheet-utf8/draft").then().statusCode(200);
    }

    /** The sheet's words follow Accept-Language, as the rest of the answer: the located cells and a refusal alike. */
    @Test
    void theSheetsProblemsAreWordedInTheCallersLanguage() {
        String csv = HEADER + "1,区民主体のまちづくり,1-1,豊かなコミュニティ,1-1-1,つながりづくり,1-1-1-1,"
                + "肯定的に感じている区民の割合,55.0％以上\r\n";
        Response imported = As.editor().header("Accept-Language", "ja").contentType("text/csv")
                .queryParam("key", "sheet-ja").body(csv.getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/plans/import");
        imported.then().statusCode(201);
        String located = imported.path("validationCells.find { it.code == 'unconfirmed-rule' }.message");
        assertTrue(located.startsWith("ルールは文言から提案されたものです"), located);
        assertEquals(imported.path("draft.validation.problems.find { it.code == 'unconfirmed-rule' }.message"),
                located, "the cell and the draft's report say the same");

        String broken = HEADER + "1,課題,2-1,戦略,2-1-1,取組,2-1-1-1,件数,5件以上\r\n";
        for (String language : List.of("ja", "en")) {
            Response refused = As.editor().header("Accept-Language", language).contentType("text/csv")
                    .queryParam("key", "sheet-broken").body(broken.getBytes(StandardCharsets.UTF_8)).when()
                    .post("/api/v1/plans/import");
            refused.then().statusCode(422).header("Content-Language", equalTo(language))
                    .body("errors[0].field", equalTo("目標!C2"))
                    .body("sheetProblems[0].message", equalTo(refused.path("errors[0].message")));
            String words = refused.path("sheetProblems[0].message");
            assertEquals(language.equals("ja"), words.contains("の下の番号ではありません"), words);
        }
    }

    static Stream<Arguments> brokenSheets() {
        return Stream.of(
                Arguments.of("strategy under another issue",
                        HEADER + "1,課題,2-1,戦略,2-1-1,取組,2-1-1-1,件数,5件以上\r\n", "目標!C2", 2, "C"),
                Arguments.of("budget that is not a number", "[目標]\r\n" + HEADER
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上\r\n"
                        + "[予算]\r\n経営課題番号,主な事業,予算額（千円）\r\n1,事業,二千\r\n", "予算!C6", 6, "C"),
                Arguments.of("unknown column", HEADER.replace("\r\n", ",備考\r\n")
                        + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上,メモ\r\n", "目標!J1", 1, "J"),
                Arguments.of("unclosed quote", HEADER + "1,\"課題,1-1\r\n", "CSV!2:2", 2, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSheets")
    void aBrokenSheetIsRefusedWithItsCellsAndNothingIsWritten(String what, String csv, String cell, int row,
            String column) {
        Response response = importing(csv.getBytes(StandardCharsets.UTF_8), "text/csv", "sheet-broken");
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:unprocessable"))
                .body("detail", containsString("nothing was imported"))
                .body("errors.field", hasItem(cell))
                .body("sheetProblems.row", hasItem(row));
        if (column != null) {
            response.then().body("sheetProblems.column", hasItem(column));
        }
        As.editor().when().get("/api/v1/plans/sheet-broken/draft").then().statusCode(404);
    }

    @Test
    void aBrokenWorkbookIsRefusedWithItsCells() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet targets = book.createSheet("目標");
            List<String> header = List.of(HEADER.strip().split(","));
            List<String> cells = List.of("1", "課題", "1-1", "戦略", "1-2-1", "取組", "1-2-1-1", "件数", "5件以上");
            Row top = targets.createRow(0);
            Row row = targets.createRow(3); // rows 2 and 3 left empty, as people leave them
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                row.createCell(c).setCellValue(cells.get(c));
            }
            book.write(out);
            importing(out.toByteArray(), XLSX, "sheet-broken-xlsx").then().statusCode(422)
                    .body("errors.field", equalTo(List.of("目標!E4")))
                    .body("sheetProblems[0].row", equalTo(4))
                    .body("sheetProblems[0].column", equalTo("E"))
                    .body("sheetProblems[0].header", equalTo("具体的取組番号"))
                    .body("sheetProblems[0].code", equalTo("invalid-code"));
        }
        As.editor().when().get("/api/v1/plans/sheet-broken-xlsx/draft").then().statusCode(404);
    }

    @Test
    void aSecondImportUnderTheSameKeyIs409() {
        byte[] csv = (HEADER + "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上\r\n").getBytes(StandardCharsets.UTF_8);
        importing(csv, "text/csv", "sheet-twice").then().statusCode(201);
        importing(csv, "text/csv", "sheet-twice").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void otherTypesAndCharsetsAre415InOurWords() {
        byte[] csv = HEADER.getBytes(StandardCharsets.UTF_8);
        importing(csv, "application/json", "sheet-415").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("text/csv"));
        importing(csv, "text/csv; charset=EUC-JP", "sheet-415").then().statusCode(415)
                .body("detail", containsString("Shift_JIS"));
    }

    @Test
    void sheetsBeyondTheLimitsAre413() {
        String row = "1,課題,1-1,戦略,1-1-1,取組,1-1-1-1,件数,5件以上\r\n";
        importing((HEADER + row.repeat(2_001)).getBytes(StandardCharsets.UTF_8), "text/csv", "sheet-rows")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("2000 rows"));
        importing(new byte[5_000_001], "text/csv", "sheet-bytes").then().statusCode(413)
                .body("detail", containsString("5000000"));
        As.editor().when().get("/api/v1/plans/sheet-rows/draft").then().statusCode(404);
    }

    @Test
    void importingIsForPlanEditorsAndExportingIsPublic() {
        byte[] csv = HEADER.getBytes(StandardCharsets.UTF_8);
        given().contentType("text/csv").body(csv).when().post("/api/v1/plans/import?key=sheet-auth")
                .then().statusCode(401).contentType("application/problem+json");
        As.reader().contentType("text/csv").body(csv).when().post("/api/v1/plans/import?key=sheet-auth")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/plans/{key}/export.xlsx", source()).then().statusCode(200);
        given().when().get("/api/v1/plans/never-published/export.csv").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Import, confirm the proposed rules, publish: the published plan is the source's, but for its key. */
    private static void roundTrip(String key, byte[] body, String contentType) {
        Response imported = importing(body, contentType, key);
        imported.then().statusCode(201)
                .body("draft.plan.key", equalTo(key))
                .body("draft.validation.problems.code", everyItem(equalTo("unconfirmed-rule")))
                .body("validationCells.sheet", everyItem(equalTo("目標")));
        int problems = imported.path("draft.validation.problemCount");
        assertTrue(problems > 0, "the rules left to the wording wait for confirmation");
        imported.then().body("validationCells", hasSize(problems)); // every problem has its row
        As.editor().when().post("/api/v1/plans/{key}/draft/rules/confirm", key).then().statusCode(200)
                .body("validation.valid", equalTo(true));
        As.editor().when().post("/api/v1/plans/{key}/publish", key).then().statusCode(201);
        JsonNode source = published(SOURCE);
        JsonNode copy = published(key);
        assertEquals(key, copy.get("key").asText());
        assertEquals(comparable(source), comparable(copy));
    }

    /**
     * The document without its key, and without ruleOrigin: the source's rules were written by hand (no origin),
     * the copy's confirmed by the editor (CONFIRMED); both mean an editor stands behind the rule.
     */
    private static JsonNode comparable(JsonNode plan) {
        ObjectNode copy = plan.deepCopy();
        copy.remove("key");
        copy.findParents("ruleOrigin").forEach(parent -> ((ObjectNode) parent).remove("ruleOrigin"));
        return copy;
    }

    private static JsonNode published(String key) {
        try {
            String body = given().when().get("/api/v1/plans/{key}", key).then().statusCode(200).extract().asString();
            return Fixtures.JSON.readTree(body).get("plan");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] export() {
        return given().when().get("/api/v1/plans/{key}/export.csv", source()).then().statusCode(200)
                .extract().asByteArray();
    }

    private static Response importing(byte[] body, String contentType, String key) {
        return As.editor().contentType(contentType).queryParam("key", key).body(body).when()
                .post("/api/v1/plans/import");
    }
}
