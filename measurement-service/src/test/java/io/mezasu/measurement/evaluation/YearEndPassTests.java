package io.mezasu.measurement.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestClock;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.EventSchemas;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * Year-end by itself: one instant before 2020-04-01T00:00+09:00 nothing happens; from that instant on, every target of
 * the plan gets a stored year-end version and a TargetEvaluated, an untouched 延べ count (10 of 30 reported in June)
 * turning 未達成 and a ratio (85 % against 80 %以上) 達成; running the pass again changes nothing.
 */
@QuarkusTest
class YearEndPassTests {

    static final String PLAN = "minato-yearend";
    static final String COUNT = "1-1-6-1"; // 延べ30団体・個人以上
    static final String RATIO = "3-4-2-1"; // 80％以上

    @Inject
    TestClock clock;

    @Inject
    YearEndPass pass;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void theYearEndsAtMidnightOnTheFirstOfAprilInJapan() throws Exception {
        TestPlans.ensurePublished(PLAN);
        String vendor = TestTokens.vendor("plan:" + PLAN);
        String source = "yearend-" + UUID.randomUUID().toString().substring(0, 8);
        record(vendor, COUNT, Body.with(Body.with(Body.count(source, "june", 10, "INCREMENT"), "target", COUNT),
                "observedOn", "2019-06-20"), "2019-06-30T01:00:00Z");
        record(vendor, RATIO, Body.with(Body.ratio(source, "july", 85, 100), "observedOn", "2019-07-10"),
                "2019-07-10T01:00:00Z");
        int before = versions(COUNT);

        try (KafkaConsumer<String, String> consumer = consumer()) {
            clock.set(Instant.parse("2020-03-31T14:59:59.999Z")); // 23:59:59.999 on 31 March in Osaka
            assertFalse(pass.run(PLAN), "the year has not ended yet");
            assertEquals(before, versions(COUNT));

            clock.set(Instant.parse("2020-03-31T15:00:00Z")); // 2020-04-01T00:00+09:00
            assertTrue(pass.run(PLAN));
            assertFalse(pass.run(PLAN), "once per plan and year");
            clock.reset();

            given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, COUNT).then().statusCode(200)
                    .body("size()", equalTo(before + 1))
                    .body("[-1].recordedAt", startsWith("2020-03-31T15:00"))
                    .body("[-1].evaluation.mode", equalTo("YEAR_END"))
                    .body("[-1].evaluation.status", equalTo("NOT_ACHIEVED"))
                    .body("[-1].evaluation.osakaLabel", equalTo("未達成"))
                    .body("[-2].evaluation.status", equalTo("ON_TRACK"));
            given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, RATIO).then().statusCode(200)
                    .body("[-1].evaluation.status", equalTo("ACHIEVED"))
                    .body("[-1].evaluation.osakaLabel", equalTo("達成"));

            Map<String, JsonNode> yearEnd = new HashMap<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = TestPlans.JSON.readTree(record.value());
                    if (record.key().startsWith(PLAN + "/")
                            && "YEAR_END".equals(event.at("/data/evaluation/mode").asText())) {
                        assertEquals(List.of(), EventSchemas.validate("target.evaluated.v2", record.value()));
                        assertTrue(yearEnd.put(record.key(), event) == null, "one event per target: " + record.key());
                    }
                }
                return yearEnd.size() == 63;
            });
            assertEquals("NOT_ACHIEVED", yearEnd.get(PLAN + "/" + COUNT).at("/data/evaluation/status").asText());
            assertEquals("ACHIEVED", yearEnd.get(PLAN + "/" + RATIO).at("/data/evaluation/status").asText());
            assertEquals("NO_DATA", yearEnd.get(PLAN + "/1-1-1-1").at("/data/evaluation/status").asText());
        }
    }

    private static int versions(String target) {
        return given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, target).then()
                .statusCode(200).extract().path("size()");
    }

    private void record(String vendor, String target, Map<String, Object> body, String at) {
        clock.set(Instant.parse(at));
        String id;
        try {
            id = given().auth().oauth2(vendor).contentType(ContentType.JSON).body(Body.with(body, "plan", PLAN))
                    .post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        } finally {
            clock.reset();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, target)
                        .then().statusCode(200).body("lastMeasurementId", equalTo(id)));
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
