package io.mezasu.measurement.api;

import static io.mezasu.measurement.support.Body.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TrustedClient;
import io.mezasu.measurement.support.TestPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ingest through the real API, broker and database: every kind, corrections, retractions, idempotency. */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class MeasurementIngestTests {

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static String source() {
        return "vendor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String post(Map<String, Object> body, int status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/measurements")
                .then().statusCode(status)
                .header("Location", containsString("/api/v1/measurements/"))
                .extract().path("id");
    }

    static ValidatableResponse eventually(String id, int version) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/measurements/{id}", id).then().statusCode(200).body("version", equalTo(version)));
        return given().when().get("/api/v1/measurements/{id}", id).then().statusCode(200);
    }

    @Test
    void everyKindIsAcceptedAndVisible() {
        String s = source();
        String survey = post(Body.survey(s, "wave-1", 412, 1000), 202);
        String ratio = post(Body.ratio(s, "kenshin-08", 164, 200), 202);
        String count = post(Body.count(s, "soudan-08", 1830, "RUNNING_TOTAL"), 202);
        String score = post(Body.score(s, "fukumen-1", 3.6, 5), 202);
        String areas = post(Body.areas(s, "chiiki-08", List.of("市岡", "磯路", "弁天")), 202);
        String milestone = post(Body.milestone(s, "hinan-1", "IN_PROGRESS"), 202);

        eventually(survey, 1).body("status", equalTo("ACTIVE")).body("ratioPercent", equalTo(41.2f))
                .body("measurement.surveyName", equalTo("区民モニターアンケート")).body("target", equalTo("1-1-1-1"));
        eventually(ratio, 1).body("ratioPercent", equalTo(82)).body("measurement.kind", equalTo("RATIO"));
        eventually(count, 1).body("measurement.value", equalTo(1830)).body("measurement.countMode", equalTo("RUNNING_TOTAL"));
        eventually(score, 1).body("measurement.meanScore", equalTo(3.6f)).body("measurement.scale", equalTo(5));
        eventually(areas, 1).body("measurement.areas", hasItem("弁天"));
        eventually(milestone, 1).body("measurement.state", equalTo("IN_PROGRESS"));

        given().queryParam("source", s).when().get("/api/v1/measurements")
                .then().statusCode(200).body("total", equalTo(6)).body("items", hasSize(6));
        given().queryParam("source", s).queryParam("target", "1-1-1-1").when().get("/api/v1/measurements")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(survey));
    }

    @Test
    void resubmittingIsIgnoredCorrectingSupersedesAndRetractingKeepsTheTrail() {
        String s = source();
        Map<String, Object> first = Body.survey(s, "wave-1", 380, 1000);
        String id = post(first, 202);
        eventually(id, 1);

        given().contentType(ContentType.JSON).body(first).when().post("/api/v1/measurements")
                .then().statusCode(200).body("outcome", equalTo("IGNORED")).body("id", equalTo(id));

        given().contentType(ContentType.JSON).body(with(first, "numerator", 395L)).when().post("/api/v1/measurements")
                .then().statusCode(202).body("outcome", equalTo("CORRECTED")).body("id", equalTo(id));
        eventually(id, 2).body("measurement.numerator", equalTo(395)).body("ratioPercent", equalTo(39.5f));

        given().queryParam("reason", "集計誤り").when().delete("/api/v1/measurements/{id}", id)
                .then().statusCode(202).body("outcome", equalTo("RETRACTED"));
        eventually(id, 3).body("status", equalTo("RETRACTED")).body("retractionReason", equalTo("集計誤り"));
        given().queryParam("reason", "again").when().delete("/api/v1/measurements/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("IGNORED"));

        given().when().get("/api/v1/measurements/{id}/history", id).then().statusCode(200)
                .body("$", hasSize(3))
                .body("change", equalTo(List.of("RECORDED", "CORRECTED", "RETRACTED")))
                .body("[0].measurement.numerator", equalTo(380))
                .body("[1].measurement.numerator", equalTo(395))
                .body("[2].reason", equalTo("集計誤り"))
                .body("actor", hasItem(notNullValue()));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String s = source();
        Map<String, Object> body = Body.count(s, "soudan-09", 2000, "RUNNING_TOTAL");
        String key = UUID.randomUUID().toString();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/measurements").then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id)).body("outcome", equalTo("RECORDED"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(with(body, "value", 2001L))
                .when().post("/api/v1/measurements").then().statusCode(422)
                .contentType("application/problem+json").body("errors.code", hasItem("idempotency-key-reused"));
        eventually(id, 1).body("measurement.value", equalTo(2000));
    }

    @Test
    void aJsonBatchReportsExactCountsAndDryRunWritesNothing() {
        String s = source();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(Body.survey(s, "wave-1/" + i, 300 + i, 1000));
        }
        given().contentType(ContentType.JSON).body(rows).queryParam("dryRun", true)
                .when().post("/api/v1/measurements/batch").then().statusCode(200)
                .body("status", equalTo("SUCCESS")).body("dryRun", equalTo(true)).body("counts.imported", equalTo(5));
        given().contentType(ContentType.JSON).body(rows).queryParam("dryRun", true)
                .when().post("/api/v1/measurements/batch").then().statusCode(200).body("counts.imported", equalTo(5));

        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("status", equalTo("SUCCESS"))
                .body("counts.total", equalTo(5)).body("counts.imported", equalTo(5))
                .body("counts.updated", equalTo(0)).body("counts.ignored", equalTo(0)).body("counts.rejected", equalTo(0));

        List<Map<String, Object>> again = new ArrayList<>(rows);
        again.set(1, with(rows.get(1), "numerator", 999L));
        again.set(3, with(rows.get(3), "denominator", 1200L));
        again.add(Body.survey(s, "wave-1/5", 350, 1000));
        given().contentType(ContentType.JSON).body(again).when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("status", equalTo("WARNING"))
                .body("counts.total", equalTo(6)).body("counts.imported", equalTo(1))
                .body("counts.updated", equalTo(2)).body("counts.ignored", equalTo(3)).body("counts.rejected", equalTo(0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("source", s).when().get("/api/v1/measurements")
                        .then().body("total", equalTo(6)).body("items.version", hasItem(2)));
    }

    @Test
    void aBatchWithARejectedRowWritesNothingAndListsEveryConflict() {
        String s = source();
        List<Map<String, Object>> rows = List.of(
                Body.survey(s, "a", 10, 100),
                Body.survey(s, "b", 101, 100),
                Body.areas(s, "c", List.of("市岡", "梅田")),
                Body.survey(s, "a", 11, 100));
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                .then().statusCode(422).contentType("application/problem+json")
                .body("summary.status", equalTo("ERROR"))
                .body("summary.counts.total", equalTo(4)).body("summary.counts.rejected", equalTo(3))
                .body("summary.counts.imported", equalTo(0))
                .body("summary.conflicts.code", equalTo(List.of("numerator-exceeds-denominator", "unknown-area",
                        "duplicate-source-id")))
                .body("summary.conflicts.index", equalTo(List.of(1, 2, 3)))
                .body("summary.conflicts.field", equalTo(List.of("numerator", "areas/1", "sourceId")));

        // Nothing was written: the valid row would still be new.
        given().contentType(ContentType.JSON).body(List.of(rows.get(0))).queryParam("dryRun", true)
                .when().post("/api/v1/measurements/batch").then().statusCode(200).body("counts.imported", equalTo(1));
    }

    @Test
    void aCsvBatchWithBomAndJapaneseTextIsImportedAndConflictsCarryLineNumbers() {
        String s = source();
        String csv = "\uFEFFplan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator,surveyName,"
                + "value,countMode,areas,note\r\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31," + s + ",w1,412,1000,区民モニターアンケート,,,,\"第1回, 速報\"\r\n"
                + "minato-fy2019,3-1-2-1,COUNT,2019,2019-08-31," + s + ",c1,,,,1830,RUNNING_TOTAL,,\r\n"
                + "minato-fy2019,2-1-1-1,AREA_COVERAGE,2019,2019-08-31," + s + ",a1,,,,,,市岡|磯路|三先,\r\n";
        given().contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/measurements/batch").then().statusCode(200)
                .body("status", equalTo("SUCCESS")).body("counts.imported", equalTo(3));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("source", s).queryParam("target", "1-1-1-1").when().get("/api/v1/measurements")
                        .then().body("items[0].measurement.note", equalTo("第1回, 速報"))
                        .body("items[0].measurement.surveyName", equalTo("区民モニターアンケート")));

        String bad = "plan,target,kind,fiscalYear,observedOn,source,sourceId,areas\n"
                + "minato-fy2019,2-1-1-1,AREA_COVERAGE,2019,2019-08-31," + s + ",a2,市岡\n"
                + "minato-fy2019,2-1-1-1,AREA_COVERAGE,2019,2019-08-31," + s + ",a3,梅田\n";
        given().contentType("text/csv").body(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/measurements/batch").then().statusCode(422)
                .body("summary.conflicts[0].line", equalTo(3)).body("summary.conflicts[0].index", equalTo(1))
                .body("summary.conflicts[0].code", equalTo("unknown-area"));
    }

    @Test
    void malformedCsvIsReportedWithLineAndColumn() {
        String csv = "plan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,v,x,12,abc\n"
                + "minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,v,y,NaN,100\n";
        given().contentType("text/csv").body(csv).when().post("/api/v1/measurements/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/2/denominator", "/3/numerator")))
                .body("errors[0].message", containsString("line 2, column 9"));
        given().contentType("text/csv").body("plan,target\n\"minato-fy2019,1-1-1-1\n").when()
                .post("/api/v1/measurements/batch").then().statusCode(400).body("detail", containsString("line 2"));
        given().contentType("text/csv").body("plan,colour\nx,y\n").when()
                .post("/api/v1/measurements/batch").then().statusCode(400).body("errors.code", hasItem("unknown-column"));
    }
}
