package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.Auth;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST → Kafka → projection → evaluation → TargetEvaluated, on the real broker and database. */
@QuarkusTest
class EvaluationFlowTests {

    static final String PLAN = "minato-eval";

    @BeforeEach
    void setUp() throws Exception {
        Auth.actAsTrustedClient();
        TestPlans.ensurePublished(PLAN);
    }

    @AfterEach
    void anonymousAgain() {
        Auth.reset();
    }

    static Map<String, Object> onPlan(Map<String, Object> body) {
        return Body.with(body, "plan", PLAN);
    }

    static String post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(onPlan(body)).post("/api/v1/measurements")
                .then().statusCode(202).extract().path("id");
    }

    static void awaitEvaluatedBy(String target, String measurementId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, target)
                        .then().statusCode(200).body("lastMeasurementId", equalTo(measurementId)));
    }

    @Test
    void aPublishedPlanStartsWithNoDataEverywhereAndItsBudgetBesideIt() {
        Auth.reset(); // public information: anonymous reads it
        given().get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(200)
                .body("plan", equalTo(PLAN))
                .body("budgetThousandYen", equalTo(59864))
                .body("issues", hasSize(6))
                .body("rollup.total", equalTo(63))
                .body("issues[0].budgetThousandYen", notNullValue())
                // 3-3-1 is a 再掲 of 3-1-2: it shows 3-1-2-1 without counting it twice
                .body("issues[2].strategies[2].initiatives[0].reprintOf", equalTo("3-1-2"))
                .body("issues[2].strategies[2].initiatives[0].targets[0].code", equalTo("3-1-2-1"))
                .body("issues[2].strategies[2].initiatives[0].targets[0].reprinted", equalTo(true));
    }

    @Test
    void aMeasurementChangesTheEvaluationWithinSecondsAndAnEventAnnouncesIt() throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("mezasu.evaluations"));
            String source = "flow-" + UUID.randomUUID().toString().substring(0, 8);
            String id = post(Body.survey(source, "w1", 560, 1000)); // 56.0 ≥ 55.0
            awaitEvaluatedBy("1-1-1-1", id);
            given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "1-1-1-1").then()
                    .body("evaluation.status", equalTo("ACHIEVED"))
                    .body("evaluation.osakaLabel", equalTo("達成"))
                    .body("evaluation.actual", equalTo(56.0f))
                    .body(org.hamcrest.Matchers.containsString("\"target\":55.0,"))
                    .body("evaluation.explanation.observationIds[0]", equalTo(id));

            List<JsonNode> mine = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(id)) {
                        assertEquals(List.of(), EventSchemas.validate("target.evaluated.v2", record.value()));
                        assertEquals(PLAN + "/1-1-1-1", record.key());
                        mine.add(TestPlans.JSON.readTree(record.value()));
                    }
                }
                return !mine.isEmpty();
            });
            assertEquals("ACHIEVED", mine.get(0).at("/data/evaluation/status").asText());
        }
    }

    @Test
    void aCorrectionFlipsTheStatusAndAsOfStillShowsWhatWasKnownBefore() throws Exception {
        String source = "asof-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Body.survey(source, "w1", 80, 1000); // 8.0 % against 7.1％以下: missed
        body = Body.with(body, "target", "2-4-1-1");
        String id = post(body);
        awaitEvaluatedBy("2-4-1-1", id);
        // As of the instant the first figure was recorded: what was known then, whatever comes after.
        String between = given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "2-4-1-1").then()
                .body("evaluation.status", equalTo("NOT_ACHIEVED")).extract().path("recordedAt");

        post(Body.with(body, "numerator", 60L)); // corrected: 6.0 % ≤ 7.1
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "2-4-1-1")
                        .then().body("evaluation.status", equalTo("ACHIEVED")));

        given().queryParam("asOf", between).get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "2-4-1-1")
                .then().statusCode(200).body("evaluation.status", equalTo("NOT_ACHIEVED"));
        given().queryParam("asOf", between).get("/api/v1/plans/{key}/evaluations", PLAN)
                .then().statusCode(200).body("asOf", notNullValue());
        List<String> statuses = given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, "2-4-1-1")
                .then().statusCode(200).extract().path("evaluation.status");
        assertEquals(List.of("NO_DATA", "NOT_ACHIEVED", "ACHIEVED"), statuses);

        // what-if: the same figure judged in-year (中間振り返り) is 順調
        given().queryParam("mode", "in-year").get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "2-4-1-1")
                .then().body("evaluation.status", equalTo("ON_TRACK")).body("evaluation.osakaLabel", equalTo("順調"));

        given().queryParam("reason", "取消し").delete("/api/v1/measurements/{id}", id).then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "2-4-1-1")
                        .then().body("evaluation.status", equalTo("NO_DATA")).body("evaluation.actual", equalTo(null)));
    }

    @Test
    void replayRebuildsTheSameEvaluationsAsLive() {
        String source = "replay-eval-" + UUID.randomUUID().toString().substring(0, 8);
        post(Body.with(Body.count(source, "c1", 1200, "INCREMENT"), "target", "3-1-2-1"));
        String last = post(Body.with(Body.count(source, "c2", 700, "INCREMENT"), "target", "3-1-2-1"));
        awaitEvaluatedBy("3-1-2-1", last);
        String before = given().get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(200).extract().asString();
        String historyBefore = given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, "3-1-2-1")
                .then().extract().asString();

        given().post("/api/v1/admin/replay").then().statusCode(200);

        assertEquals(before, given().get("/api/v1/plans/{key}/evaluations", PLAN).then().extract().asString());
        assertEquals(historyBefore, given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, "3-1-2-1")
                .then().extract().asString());
        assertTrue(before.contains("\"NOT_ACHIEVED\""), "1,900 of 4,400件 at year end is not achieved");
    }

    @Test
    void aRequestSplitAcrossTwoProjectorBatchesGivesOneVersionThatCountsEveryRow() {
        // One request's rows share one recorded instant; 2,500 of them are more than one projector batch (at most
        // projector-max-poll-records, 2,000), so the second batch replaces the version the first one wrote.
        String source = "split-" + UUID.randomUUID().toString().substring(0, 8);
        int rows = 2500;
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(onPlan(Body.with(Body.count(source, "i" + i, 1, "INCREMENT"), "target", "3-1-2-1")));
        }
        Number before = given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "3-1-2-1").then()
                .statusCode(200).extract().path("evaluation.actual");
        given().contentType(ContentType.JSON).body(batch).post("/api/v1/measurements/batch")
                .then().statusCode(200).body("counts.imported", equalTo(rows));
        awaitEvaluatedBy("3-1-2-1", new io.mezasu.measurement.domain.measurement.SourceRef(source, "i" + (rows - 1))
                .measurementId().toString());

        var current = given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "3-1-2-1").then().extract();
        assertEquals((before == null ? 0 : before.doubleValue()) + rows,
                ((Number) current.path("evaluation.actual")).doubleValue(), 0.0);
        String recordedAt = current.path("recordedAt");
        List<Map<String, Object>> atThatInstant = given()
                .get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, "3-1-2-1").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("").stream()
                .filter(version -> recordedAt.equals(version.get("recordedAt"))).toList();
        assertEquals(1, atThatInstant.size(), "versions at " + recordedAt);
        assertEquals(current.path("version"), atThatInstant.get(0).get("version"));
        assertEquals(((Number) current.path("evaluation.actual")).doubleValue(),
                ((Number) ((Map<?, ?>) atThatInstant.get(0).get("evaluation")).get("actual")).doubleValue(), 0.0,
                "the stored version is the whole request's, not its first batch's");
    }

    @Test
    void thePlanPageRevalidatesWithItsETagUntilAnEvaluationChanges() {
        String etag = given().get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(304);
        String id = post(Body.with(Body.count("etag-" + UUID.randomUUID().toString().substring(0, 8), "c1", 3,
                "INCREMENT"), "target", "1-1-6-1"));
        awaitEvaluatedBy("1-1-6-1", id);
        given().header("If-None-Match", etag).get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(etag));
    }

    @Test
    void theEvaluationsTopicIsCompacted() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                "bootstrap.servers", TestPlans.bootstrap()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "mezasu.evaluations");
            String policy = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get("cleanup.policy").value();
            assertEquals("compact", policy);
        }
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("mode", "monthly").get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("asOf", "yesterday").get("/api/v1/plans/{key}/evaluations", PLAN).then().statusCode(400);
        given().get("/api/v1/plans/{key}/evaluations", "no-such-plan").then().statusCode(404);
        given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, "9-9-9-9").then().statusCode(404);
    }
}
