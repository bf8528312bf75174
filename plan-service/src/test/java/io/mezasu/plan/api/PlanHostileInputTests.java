package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.platform.security.Roles;
import io.mezasu.stack.HostileRequests;
import io.mezasu.stack.HostileRequests.Hostile;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #18's bad-input suite for plan-service, from the tables under {@code src/test/resources/hostile/}: every
 * hostile value in place of every field of its type in a plan document, and hostile requests of every other sort
 * (broken JSON, query and path parameters, rule proposals, content types, tokens). Each is sent in English and in
 * Japanese and must be a 4xx problem in our own words in that language, and no plan version or draft is written.
 * Spreadsheet imports (表計算) are in the request table too: a body may be raw bytes ({@code base64}) or a workbook
 * the test writes with POI ({@code xlsx}: sheet name → rows), and a refused sheet's {@code sheetProblems} follow
 * the language as its {@code errors} do. The sending and the checks both services share are in
 * {@link HostileRequests}.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanHostileInputTests {

    private static final JsonNode VALUES = HostileRequests.table(PlanHostileInputTests.class, "hostile-values.json");
    private static final JsonNode BASE = HostileRequests.table(PlanHostileInputTests.class, "plan-bases.json")
            .path("document");
    private static final JsonNode REQUESTS = HostileRequests.table(PlanHostileInputTests.class, "plan-requests.json");
    private static final HostileRequests.Reading READING = new HostileRequests.Reading(
            "editor", PlanHostileInputTests::expand, PlanHostileInputTests::body);
    private static final Set<String> CODES_SEEN = new TreeSet<>();

    @Inject
    DataSource database;

    static Stream<Arguments> mutations() {
        List<Arguments> cases = new ArrayList<>();
        BASE.path("fields").fields().forEachRemaining(field -> {
            for (JsonNode value : VALUES.path(field.getValue().asText())) {
                ObjectNode body = BASE.path("body").deepCopy();
                String pointer = field.getKey();
                JsonNode parent = body.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                if (parent instanceof ArrayNode array) {
                    array.set(Integer.parseInt(last), value);
                } else {
                    ((ObjectNode) parent).set(last, value);
                }
                cases.add(Arguments.of(pointer + " = " + HostileRequests.shown(value),
                        HostileRequests.json("/api/v1/plans", body, "editor")));
            }
        });
        return cases.stream();
    }

    static Stream<Arguments> requests() {
        List<Arguments> cases = new ArrayList<>();
        REQUESTS.path("requests").forEach(r -> cases.add(Arguments.of(r.path("name").asText(),
                HostileRequests.read(r, READING))));
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aHostileFieldIsRefused(String name, Hostile hostile) throws SQLException {
        refused(name, hostile);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aHostileRequestIsRefused(String name, Hostile hostile) throws SQLException {
        refused(name, hostile);
    }

    /** The document no hostile variant got in is still not a draft (nor a plan). */
    @Order(3)
    @Test
    void noHostileVariantBecameADraft() {
        given().auth().oauth2(token("editor")).when().get("/api/v1/plans/hostile-plan/draft").then().statusCode(404);
        given().when().get("/api/v1/plans/hostile-plan").then().statusCode(404);
    }

    @AfterAll
    static void codesSeen() {
        // Read in the build log: which problem codes the suite saw, each checked in both languages.
        System.out.println("Problem codes seen by PlanHostileInputTests: " + CODES_SEEN);
    }

    private void refused(String name, Hostile hostile) throws SQLException {
        long before = storedRows();
        HostileRequests.Refusal refusal = HostileRequests.refusedInTwoLanguages(
                name, hostile, PlanHostileInputTests::token, CODES_SEEN);
        sheetProblemsInTwoLanguages(name, refusal.english(), refusal.japanese());
        assertEquals(before, storedRows(), name + ": rows were written");
    }

    /** A refused sheet lists its problems by part too (sheetProblems); those are worded per language as well. */
    private static void sheetProblemsInTwoLanguages(String name, JsonNode english, JsonNode japanese) {
        JsonNode en = english.path("sheetProblems");
        JsonNode ja = japanese.path("sheetProblems");
        if (en.isMissingNode()) {
            return;
        }
        assertEquals(en.size(), ja.size(), name + ": sheetProblems");
        assertEquals(en.size(), english.path("errors").size(), name + ": one sheet problem per error");
        for (int i = 0; i < en.size(); i++) {
            String words = en.get(i).path("message").asText();
            assertTrue(!words.isBlank() && !words.equals(ja.get(i).path("message").asText()),
                    name + ": sheetProblems[" + i + "].message in two languages: " + words);
        }
    }

    private long storedRows() throws SQLException {
        try (Connection c = database.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM plan_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String token(String auth) {
        return switch (auth) {
            case "none" -> null;
            case "forged" -> "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.forged";
            case "expired" -> TestTokens.expired(Roles.PLAN_EDITOR);
            case "other-key" -> TestTokens.signedByAnotherKey(Roles.PLAN_EDITOR);
            case "audience" -> TestTokens.wrongAudience(Roles.PLAN_EDITOR);
            case "issuer" -> TestTokens.wrongIssuer(Roles.PLAN_EDITOR);
            case "reader" -> TestTokens.forRoles(Roles.READER);
            default -> TestTokens.forRoles(Roles.PLAN_EDITOR, Roles.READER);
        };
    }

    private static byte[] body(JsonNode r) {
        if (r.has("merge")) {
            ObjectNode body = BASE.path("body").deepCopy();
            r.path("json").fields().forEachRemaining(f -> body.set(f.getKey(),
                    HostileRequests.expanded(f.getValue(), PlanHostileInputTests::expand)));
            byte[] json = HostileRequests.escaped(body);
            String suffix = r.path("suffix").asText("");
            return suffix.isEmpty() ? json : (new String(json, StandardCharsets.UTF_8) + suffix).getBytes(StandardCharsets.UTF_8);
        }
        if (r.has("base64")) {
            return Base64.getDecoder().decode(r.path("base64").asText());
        }
        if (r.has("xlsx")) {
            return workbook(r.path("xlsx"));
        }
        return HostileRequests.deepOrText(r, PlanHostileInputTests::expand);
    }

    /** A workbook with the given sheets and rows of text cells, as Excel would save it. */
    private static byte[] workbook(JsonNode sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.fields().forEachRemaining(sheet -> {
                Sheet created = book.createSheet(sheet.getKey());
                for (int i = 0; i < sheet.getValue().size(); i++) {
                    Row row = created.createRow(i);
                    JsonNode cells = sheet.getValue().get(i);
                    for (int j = 0; j < cells.size(); j++) {
                        row.createCell(j).setCellValue(cells.get(j).asText());
                    }
                }
            });
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expand(String text) {
        // %HUGE%: one byte more than plan.sheets.max-bytes (5,000,000), the import's 413.
        return text.replace("%HUGE%", "x".repeat(5_000_001)).replace("%DIGITS%", "9".repeat(2_000)).replace("%LONG201%", "x".repeat(201))
                .replace("%LONG501%", "x".repeat(501));
    }
}
