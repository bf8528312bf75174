package io.mezasu.measurement.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestClock;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.EventSchemas;
import io.mezasu.stack.OpenApiResponses;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plans that follow plans (issue #16), end to end through the real Kafka and PostgreSQL, on the synthetic test ward
 * (TEST DATA: testward-fy2019 and testward-fy2020, not a real ward). FY2020 follows FY2019 with moved codes:
 * <ul>
 * <li>1-1-1-1 前年度比２ポイント増 (PREVIOUS_YEAR) continues FY2019's 1-1-1-1 (50.0％以上);</li>
 * <li>1-1-1-2 前年同時期の0.5％増 （９月末時点） (PREVIOUS_YEAR_SAME_PERIOD) continues FY2019's 1-1-1-3;</li>
 * <li>1-1-1-3 前年度以上 (PREVIOUS_YEAR) on 相談件数 continues FY2019's 1-1-1-2.</li>
 * </ul>
 * Only FY2019's plan receives FY2019 figures; FY2020's previous-year baselines come from FY2019's own results, the
 * 前年度 ones only once the year-end pass stored FY2019's finals.
 */
@QuarkusTest
class PlanChainTests {

    static final String FY2019 = "testward-fy2019";
    static final String FY2020 = "testward-fy2020";

    @Inject
    TestClock clock;

    @Inject
    YearEndPass pass;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void fy2020TakesItsBaselinesFromFy2019sResults() throws Exception {
        publish(FY2019);
        publish(FY2020);
        String source = "chain-" + UUID.randomUUID().toString().substring(0, 8);
        String vendor2019 = TestTokens.vendor("plan:" + FY2019);
        String vendor2020 = TestTokens.vendor("plan:" + FY2020);

        // FY2019's figures, under FY2019's plan only.
        record(vendor2019, FY2019, survey(source, "2019-q4", "1-1-1-1", 2019, "2019-12-31", 520), "2020-01-10T01:00:00Z");
        record(vendor2019, FY2019, count(source, "2019-cases", "1-1-1-2", 2019, "2020-03-31", 120), "2020-03-31T01:00:00Z");
        record(vendor2019, FY2019, ratio(source, "2019-09", "1-1-1-3", 2019, "2019-09-20", 380), "2019-10-01T01:00:00Z");
        record(vendor2019, FY2019, ratio(source, "2019-03", "1-1-1-3", 2019, "2020-03-31", 420), "2020-03-31T02:00:00Z");

        // FY2020's figures. 前年同時期 resolves at once from FY2019's observations: 20 September's 38.0 is the nearest
        // before 30 September (31 March's 42.0 is not the same period); 前年度 waits for FY2019's final evaluations.
        record(vendor2020, FY2020, survey(source, "2020-q1", "1-1-1-1", 2020, "2020-06-30", 545), "2020-07-01T01:00:00Z");
        record(vendor2020, FY2020, ratio(source, "2020-06", "1-1-1-2", 2020, "2020-06-30", 390), "2020-07-01T02:00:00Z");
        record(vendor2020, FY2020, count(source, "2020-cases", "1-1-1-3", 2020, "2020-06-30", 130), "2020-07-01T03:00:00Z");
        JsonPath samePeriod = latest(FY2020, "1-1-1-2");
        assertEquals("ON_TRACK", samePeriod.getString("evaluation.status"));
        assertEquals(38.5f, samePeriod.getFloat("evaluation.target"));
        assertEquals(38.0f, samePeriod.getFloat("evaluation.explanation.baseline.value"));
        assertEquals("BASELINE_PENDING", latest(FY2020, "1-1-1-1").getString("evaluation.status"));
        assertEquals("BASELINE_PENDING", latest(FY2020, "1-1-1-3").getString("evaluation.status"));

        try (KafkaConsumer<String, String> consumer = consumer()) {
            clock.set(Instant.parse("2020-07-15T00:00:00Z")); // the pass runs late: after FY2020's first figures
            assertTrue(pass.run(FY2019));
            clock.reset();

            JsonPath previousYear = latest(FY2020, "1-1-1-1");
            assertEquals("ON_TRACK", previousYear.getString("evaluation.status"), "54.5 → 55 ≥ 52 + 2");
            assertEquals(54f, previousYear.getFloat("evaluation.target"));
            assertEquals(52f, previousYear.getFloat("evaluation.explanation.baseline.value"));
            assertTrue(previousYear.getString("evaluation.explanation.formula")
                    .contains("final (年度末) evaluation of testward-fy2019 1-1-1-1"));
            assertTrue(previousYear.getString("recordedAt").startsWith("2020-07-15T00:00"));
            JsonPath cases = latest(FY2020, "1-1-1-3");
            assertEquals("ON_TRACK", cases.getString("evaluation.status"));
            assertEquals(120f, cases.getFloat("evaluation.target"), "FY2019's 1-1-1-2 final, mapped across codes");

            Map<String, JsonNode> announced = new HashMap<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = TestPlans.JSON.readTree(record.value());
                    if (record.key().startsWith(FY2020 + "/")
                            && !"BASELINE_PENDING".equals(event.at("/data/evaluation/status").asText())
                            && !"NO_DATA".equals(event.at("/data/evaluation/status").asText())) {
                        assertEquals(List.of(), EventSchemas.validate("target.evaluated.v2", record.value()));
                        announced.put(record.key(), event);
                    }
                }
                return announced.containsKey(FY2020 + "/1-1-1-1") && announced.containsKey(FY2020 + "/1-1-1-3");
            });
            assertEquals("54", announced.get(FY2020 + "/1-1-1-1").at("/data/evaluation/target").asText());
        }

        // The series over both years, read as on 20 July 2020: FY2019's year-end figure, FY2020's so far.
        clock.set(Instant.parse("2020-07-20T00:00:00Z"));
        String body = given().get("/api/v1/plans/{key}/targets/{code}/series", FY2020, "1-1-1-2").then()
                .statusCode(200).body("plan", equalTo(FY2020)).body("years.size()", equalTo(2))
                .body("years[0].fiscalYear", equalTo(2019)).body("years[0].plan", equalTo(FY2019))
                .body("years[0].target", equalTo("1-1-1-3")).body("years[0].yearEnd", equalTo(true))
                .body("years[0].status", equalTo("ACHIEVED")).body("years[0].actual", equalTo(42.0f))
                .body("years[0].threshold", equalTo(40.0f))
                .body("years[1].fiscalYear", equalTo(2020)).body("years[1].target", equalTo("1-1-1-2"))
                .body("years[1].targetText", equalTo("前年同時期の0.5％増")).body("years[1].threshold", equalTo(38.5f))
                .body("years[1].actual", equalTo(39.0f)).body("years[1].yearEnd", equalTo(false))
                .extract().asString();
        JsonNode openapi = TestPlans.JSON.readTree(given().accept(ContentType.JSON).get("/q/openapi").asString());
        assertEquals(List.of(), OpenApiResponses.validate(openapi, "get", "/api/v1/plans/{key}/targets/{code}/series",
                200, body));
        // FY2019 follows nothing: its series is its own year.
        given().get("/api/v1/plans/{key}/targets/{code}/series", FY2019, "1-1-1-1").then().statusCode(200)
                .body("years.size()", equalTo(1)).body("years[0].plan", equalTo(FY2019));
        given().get("/api/v1/plans/{key}/targets/{code}/series", FY2020, "9-9-9-9").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void publish(String key) throws Exception {
        ObjectNode plan = TestPlans.testWard(key);
        String event = TestPlans.planPublished(plan, UUID.randomUUID().toString(), 3);
        assertEquals(List.of(), EventSchemas.validate("plan.published.v1", event), "the event contract holds");
        TestPlans.send("mezasu.plans", key, event);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", key, "1-1-1-1").then().statusCode(200));
    }

    private static Map<String, Object> base(String source, String sourceId, String target, String kind, int year,
            String observedOn) {
        Map<String, Object> m = Body.with(Body.base(target, kind, source, sourceId), "fiscalYear", year);
        return Body.with(m, "observedOn", observedOn);
    }

    private static Map<String, Object> survey(String source, String id, String target, int year, String on, long yes) {
        Map<String, Object> m = base(source, id, target, "SURVEY", year, on);
        m.put("numerator", yes);
        m.put("denominator", 1000);
        m.put("surveyName", "区民アンケート（試験用）");
        m.put("questionId", "Q1");
        return m;
    }

    private static Map<String, Object> ratio(String source, String id, String target, int year, String on, long part) {
        Map<String, Object> m = base(source, id, target, "RATIO", year, on);
        m.put("numerator", part);
        m.put("denominator", 1000);
        return m;
    }

    private static Map<String, Object> count(String source, String id, String target, int year, String on, long value) {
        Map<String, Object> m = base(source, id, target, "COUNT", year, on);
        m.put("value", value);
        m.put("countMode", "RUNNING_TOTAL");
        return m;
    }

    private void record(String vendor, String plan, Map<String, Object> body, String at) {
        String target = (String) body.get("target");
        clock.set(Instant.parse(at));
        String id;
        try {
            id = given().auth().oauth2(vendor).contentType(ContentType.JSON).body(Body.with(body, "plan", plan))
                    .post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        } finally {
            clock.reset();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", plan, target).then()
                        .statusCode(200).body("[-1].lastMeasurementId", equalTo(id)));
    }

    /** The latest stored version, as announced (the history is not judged again on the read day). */
    private static JsonPath latest(String plan, String target) {
        return given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", plan, target).then()
                .statusCode(200).extract().jsonPath().setRootPath("[-1]");
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("mezasu.evaluations"));
        return consumer;
    }
}
