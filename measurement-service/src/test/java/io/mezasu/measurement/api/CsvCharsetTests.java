package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.measurement.support.TrustedClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV as Excel saves it: Shift_JIS, that is CP932, with CRLF. The file in test resources holds the bytes Excel
 * writes for ① (0x8740), ～ (0x8160) and NEC special characters such as ㈱ and №.
 */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class CsvCharsetTests {

    static final String BATCH = "/api/v1/measurements/batch";

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static byte[] excelFile() throws IOException {
        try (InputStream in = CsvCharsetTests.class.getResourceAsStream("/csv/excel-shift_jis.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anExcelShiftJisFileRoundTripsThroughTheApi() throws IOException {
        byte[] file = excelFile();
        // Re-runs against the same database resubmit the same row: IGNORED, never rejected.
        given().contentType("text/csv; charset=Shift_JIS").body(file).post(BATCH).then().statusCode(200)
                .body("counts.total", equalTo(1)).body("counts.rejected", equalTo(0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> m = given().queryParam("source", "excel-sjis").get("/api/v1/measurements").then()
                    .statusCode(200).body("total", equalTo(1)).extract().path("items[0].measurement");
            assertEquals("区民アンケート①", m.get("surveyName"));
            assertEquals("問３", m.get("questionId"));
            assertEquals("調査期間 7月1日～7月20日（㈱港リサーチ №12、Ⅲ期）", m.get("note")); // ～ is U+FF5E, not 〜
            assertEquals(412, m.get("numerator"));
        });
        for (String alias : new String[] {"windows-31j", "CP932", "shift_jis"}) {
            given().contentType("text/csv; charset=" + alias).body(file).queryParam("dryRun", true).post(BATCH).then()
                    .statusCode(200).body("counts.rejected", equalTo(0));
        }
    }

    @Test
    void utf8StaysTheDefaultWithItsBom() {
        String csv = "\uFEFFplan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator,note\r\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,utf8-default,r1,1,2,区民アンケート①～\r\n";
        given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", true).post(BATCH).then().statusCode(200).body("counts.imported", equalTo(1));
    }

    @Test
    void theIso88591LabelClientsAddByDefaultIsReadAsStrictUtf8() throws IOException {
        String csv = "plan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator,note\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,latin1-label,r1,1,2,区民アンケート\n";
        given().contentType("text/csv; charset=ISO-8859-1").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", true).post(BATCH).then().statusCode(200).body("counts.imported", equalTo(1));
        given().contentType("text/csv; charset=ISO-8859-1").body(excelFile()).post(BATCH).then().statusCode(400)
                .body("errors[0].code", equalTo("invalid-encoding"));
    }

    @Test
    void anotherCharsetIs415InOurWords() {
        for (String charset : new String[] {"EUC-JP", "x-no-such-charset", "UTF-16"}) {
            given().contentType("text/csv; charset=" + charset).body("plan\n".getBytes(StandardCharsets.US_ASCII))
                    .post(BATCH).then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("urn:mezasu:problem:unsupported-media-type"))
                    .body("detail", containsString("Shift_JIS")).body("detail", containsString(charset));
        }
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAre400NamingTheLine() throws IOException {
        // The Excel file read as UTF-8: refused, never stored as replacement characters.
        given().contentType("text/csv; charset=UTF-8").body(excelFile()).post(BATCH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("/2"))
                .body("errors[0].code", equalTo("invalid-encoding")).body("detail", containsString("line 2"))
                .body("detail", not(containsString("\uFFFD")));
        // 0x85 0x40 is unassigned in CP932; on the third line.
        byte[] head = ("plan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator,note\r\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,sjis-bad,r1,1,2,ok\r\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,sjis-bad,r2,1,2,").getBytes(StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 4);
        body[head.length] = (byte) 0x85;
        body[head.length + 1] = 0x40;
        body[head.length + 2] = '\r';
        body[head.length + 3] = '\n';
        given().contentType("text/csv; charset=Shift_JIS").body(body).post(BATCH).then().statusCode(400)
                .body("errors[0].field", equalTo("/3")).body("detail", containsString("Shift_JIS (CP932)"));
    }
}
