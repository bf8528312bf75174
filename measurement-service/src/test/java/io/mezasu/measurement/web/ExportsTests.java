package io.mezasu.measurement.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exports and the PDF report, read back with the libraries a reader's tools would use. */
@QuarkusTest
class ExportsTests {

    /** The fixture's targets, each once (a 再掲 is listed where it belongs only). */
    private static final int TARGETS = 63;

    @BeforeEach
    void plan() throws Exception {
        PagePlan.load();
    }

    @Test
    void theCsvOpensInExcelAsUtf8AndMatchesTheApi() throws Exception {
        byte[] body = given().when().get("/plans/" + PagePlan.KEY + "/evaluations.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertTrue(Arrays.equals(Arrays.copyOf(body, 3), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "BOM");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = csv(text);
        assertEquals("経営課題番号", rows.get(0).get(0));
        assertEquals(TARGETS, rows.size() - 1);
        List<String> first = rows.stream().filter(r -> r.get(4).equals("1-1-1-1")).findFirst().orElseThrow();
        String api = given().get("/api/v1/plans/{key}/targets/1-1-1-1/evaluation", PagePlan.KEY).then().extract()
                .path("evaluation.actual").toString();
        assertEquals(api, first.get(9), "実績 as the API gives it");
        assertEquals("％", first.get(11), "the unit in a column of its own");
        assertEquals("NOT_ACHIEVED", first.get(7));
        assertEquals("未達成", first.get(8));
        assertTrue(first.get(15).matches("\\d{4}-\\d{2}-\\d{2}"), "西暦 date: " + first.get(15));
    }

    @Test
    void theWorkbookHasOneSheetWithNumbersAsNumbers() throws Exception {
        byte[] body = given().queryParam("lang", "en").when().get("/plans/" + PagePlan.KEY + "/evaluations.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Target code", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(TARGETS, sheet.getLastRowNum());
            Row first = null;
            for (Row row : sheet) {
                if ("1-1-1-1".equals(row.getCell(4).getStringCellValue())) {
                    first = row;
                }
            }
            assertEquals(41.2, first.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals(55.0, first.getCell(10).getNumericCellValue(), 1e-9);
            assertEquals("Not achieved", first.getCell(8).getStringCellValue());
        }
    }

    @Test
    void theReportIsAPdfInJapaneseWithTheFigures() throws Exception {
        byte[] body = given().when().get("/plans/" + PagePlan.KEY + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pages"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pages/report.pdf"), body);
        try (PDDocument pdf = Loader.loadPDF(body)) {
            assertTrue(pdf.getNumberOfPages() >= 7, "a summary, then a page or more per 経営課題: " + pdf.getNumberOfPages());
            // IPAex draws 方 and the Kangxi radical ⽅ with one glyph, and the PDF's text layer names the radical:
            // compatibility normalisation (NFKC) reads it as the ideograph, as a search or a screen reader does.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains("平成31年度 港区運営方針"), "title");
            assertTrue(text.contains("自己評価"));
            assertTrue(text.contains("総括"));
            assertTrue(text.contains("有効であった取組") && text.contains("課題と改善策") && text.contains("今後の方針"));
            assertTrue(text.contains("41.2%"), "the figure of 1-1-1-1 (％ reads as % after NFKC)");
            assertTrue(text.contains("未達成"));
        }
    }

    @Test
    void theReportHtmlBreaksAPagePerIssueWhenPrinted() {
        String html = given().when().get("/plans/" + PagePlan.KEY + "/report").then().statusCode(200).extract()
                .asString();
        assertEquals(6, PagesTests.count(html, "<section class=\"issue\">"));
        assertTrue(html.contains("section.issue { page-break-before: always; }"));
        given().queryParam("review", "r-1").when().get("/plans/" + PagePlan.KEY + "/report").then().statusCode(403);
        given().cookie(StaffSession.COOKIE, PagePlan.token("reader")).queryParam("review", "r-1").when()
                .get("/plans/" + PagePlan.KEY + "/report").then().statusCode(404);
    }

    @Test
    void aReviewsReportCarriesItsNarrativesAndIsForStaffOnly() {
        String evaluator = PagePlan.token("evaluator");
        String location = given().header("Authorization", "Bearer " + evaluator).contentType("application/json")
                .body("{\"kind\": \"MIDYEAR\", \"asOf\": \"2019-08-31\"}").when()
                .post("/api/v1/plans/{key}/reviews", PagePlan.KEY).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().header("Authorization", "Bearer " + evaluator).contentType("application/json")
                .body("{\"effective\": \"地域活動協議会と連携した周知が有効であった\", \"issuesAndFixes\": \"若い世代への周知\", "
                        + "\"nextSteps\": \"SNSでの発信を強化する\"}")
                .when().put("/api/v1/plans/{key}/reviews/{id}/narratives/1-1-1-1", PagePlan.KEY, id).then()
                .statusCode(200);
        given().queryParam("review", id).when().get("/plans/" + PagePlan.KEY + "/report").then().statusCode(403);
        String html = given().cookie(StaffSession.COOKIE, PagePlan.token("reader")).queryParam("review", id).when()
                .get("/plans/" + PagePlan.KEY + "/report").then().statusCode(200).extract().asString();
        assertTrue(html.contains("地域活動協議会と連携した周知が有効であった"), "有効であった取組");
        assertTrue(html.contains("SNSでの発信を強化する"), "今後の方針");
        assertTrue(html.contains("中間振り返り"), "a MIDYEAR review is judged in-year");
        String page = "/plans/" + PagePlan.KEY + "/targets/1-1-1-1";
        assertTrue(given().cookie(StaffSession.COOKIE, PagePlan.token("reader")).get(page).asString()
                .contains("若い世代への周知"), "the target page shows its narratives to staff");
        assertTrue(!given().get(page).asString().contains("若い世代への周知"), "and not to anyone else");
    }

    private static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        }
    }
}
