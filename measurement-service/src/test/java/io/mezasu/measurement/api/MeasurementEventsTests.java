package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TrustedClient;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.EventSchemas;
import io.mezasu.measurement.projection.MeasurementReplay;
import io.mezasu.measurement.projection.ProjectionService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What goes on the measurements topic: valid CloudEvents, keyed per target, replayable, poison quarantined. */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class MeasurementEventsTests {

    @Inject
    MeasurementReplay replay;
    @Inject
    ProjectionService projection;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    static String post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measurements")
                .then().statusCode(202).extract().path("id");
    }

    @Test
    void recordedCorrectedAndRetractedEventsMatchTheirSchemasAndAreKeyedByTarget() throws Exception {
        String source = "schema-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Body.survey(source, "w1", 500, 1000);
        String id = post(body);
        post(io.mezasu.measurement.support.Body.with(body, "numerator", 510L));
        given().queryParam("reason", "誤送信").delete("/api/v1/measurements/{id}", id).then().statusCode(202);

        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer("mezasu.measurements")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(source)) {
                        mine.add(record);
                    }
                }
                return mine.size() >= 3;
            });
        }
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : mine) {
            JsonNode event = TestPlans.JSON.readTree(record.value());
            String type = event.get("type").asText();
            types.add(type);
            String name = type.substring("io.mezasu.".length(), type.length() - ".v1".length()) + ".v1";
            assertEquals(List.of(), EventSchemas.validate(name, record.value()), type + " must match its schema");
            assertEquals("minato-fy2019/1-1-1-1", record.key());
            assertEquals(id, event.at("/data/measurementId").asText());
            assertEquals("application/cloudevents+json; charset=UTF-8",
                    new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("io.mezasu.measurement.recorded.v1", "io.mezasu.measurement.corrected.v1",
                "io.mezasu.measurement.retracted.v1"), types);
    }

    @Test
    void replayingTheTopicIntoEmptyTablesRebuildsTheSameMeasurements() {
        String source = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        String a = post(Body.survey(source, "w1", 300, 1000));
        post(Body.with(Body.survey(source, "w1", 300, 1000), "numerator", 320L));
        post(Body.count(source, "c1", 40, "INCREMENT"));
        String c = post(Body.count(source, "c2", 15, "INCREMENT"));
        given().queryParam("reason", "重複").delete("/api/v1/measurements/{id}", c).then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/measurements/{id}", c).then().body("status", equalTo("RETRACTED")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/measurements/{id}", a).then().body("version", equalTo(2)));

        String before = given().queryParam("size", 1000).get("/api/v1/measurements").then().extract().asString();
        String historyBefore = given().get("/api/v1/measurements/{id}/history", a).then().extract().asString();

        given().when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("events", greaterThanOrEqualTo(5));

        assertEquals(before, given().queryParam("size", 1000).get("/api/v1/measurements").then().extract().asString());
        assertEquals(historyBefore, given().get("/api/v1/measurements/{id}/history", a).then().extract().asString());
    }

    @Test
    void aCorrectedThenRetractedMeasurementKeepsItsCorrectedContentLiveAndAfterAReplay() {
        // The row names the history line of its content (V12__content_once.sql): after a retraction, which carries
        // no content, it must still name the correction's line, not the first recording's nor the retraction's.
        String source = "corr-retr-" + UUID.randomUUID().toString().substring(0, 8);
        String id = post(Body.survey(source, "w1", 300, 1000));
        post(Body.with(Body.survey(source, "w1", 300, 1000), "numerator", 345L));
        given().queryParam("reason", "誤送信").delete("/api/v1/measurements/{id}", id).then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/measurements/{id}", id).then().body("status", equalTo("RETRACTED")));
        String live = given().get("/api/v1/measurements/{id}", id).then().body("version", equalTo(3))
                .body("measurement.numerator", equalTo(345)).extract().asString();
        String history = given().get("/api/v1/measurements/{id}/history", id).then().extract().asString();

        given().when().post("/api/v1/admin/replay").then().statusCode(200);

        assertEquals(live, given().get("/api/v1/measurements/{id}", id).then()
                .body("measurement.numerator", equalTo(345)).extract().asString());
        assertEquals(history, given().get("/api/v1/measurements/{id}/history", id).then().extract().asString());
    }

    @Test
    void aSmallBatchKeepsTextsThatArraysAndCopyWouldReadAsSyntaxLiveAndAfterAReplay() {
        String source = "small-" + UUID.randomUUID().toString().substring(0, 8);
        // A small batch goes in as one statement over text arrays: an array literal reads NULL, quotes, braces,
        // commas and backslashes as syntax unless every element is quoted and escaped.
        List<String> notes = List.of("NULL", "null", "\"引用\"", "{a,b}", "a,b", "\\N", "back\\slash", "タブ\tと\n改行", " ");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            rows.add(Body.with(Body.survey(source, "n" + i, 100 + i, 1000), "note", notes.get(i)));
        }
        postBatch(rows, "counts.imported", notes.size());
        awaitMeasurement(source, "n" + (notes.size() - 1));
        List<String> live = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            live.add(given().get("/api/v1/measurements/{id}", idOf(source, "n" + i)).then()
                    .body("measurement.note", equalTo(notes.get(i))).extract().asString());
        }

        given().when().post("/api/v1/admin/replay").then().statusCode(200);

        for (int i = 0; i < notes.size(); i++) {
            assertEquals(live.get(i), given().get("/api/v1/measurements/{id}", idOf(source, "n" + i)).then().extract()
                    .asString());
        }
    }

    @Test
    void aLargeBatchIsWrittenInBulkAndReadsBackExactlyLiveAndAfterAReplay() {
        String source = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        // More rows than ProjectionRepository.BULK, with what COPY's text format must escape: tab, newline,
        // backslash, and \N, which would otherwise read back as null.
        String note = "港区\tタブ\t\n改行\\ バックスラッシュ \\N 「引用」";
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(Body.with(Body.survey(source, "b" + i, 100 + i, 1000), "note", note + " " + i));
        }
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("counts.imported", equalTo(600));
        String last = new io.mezasu.measurement.domain.measurement.SourceRef(source, "b599").measurementId().toString();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/measurements/{id}", last).then().statusCode(200));
        String live = given().get("/api/v1/measurements/{id}", last).then()
                .body("measurement.note", equalTo(note + " 599")).extract().asString();
        String history = given().get("/api/v1/measurements/{id}/history", last).then().extract().asString();

        given().when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("events", greaterThanOrEqualTo(600));

        assertEquals(live, given().get("/api/v1/measurements/{id}", last).then().extract().asString());
        assertEquals(history, given().get("/api/v1/measurements/{id}/history", last).then().extract().asString());
    }

    @Test
    void aLargeBatchMixingCorrectionsAndNewMeasurementsReadsBackLiveAndAfterAReplay() {
        String source = "bulkfix-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> first = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            first.add(Body.survey(source, "b" + i, 100, 1000));
        }
        postBatch(first, "counts.imported", 600);
        awaitMeasurement(source, "b599");
        // Half corrections (訂正) of rows the table has, half new rows: COPY straight in for the new, an upsert for
        // the others, in one bulk batch.
        List<Map<String, Object>> second = new ArrayList<>();
        for (int i = 300; i < 600; i++) {
            second.add(Body.survey(source, "b" + i, 200 + i, 1000));
        }
        for (int i = 0; i < 300; i++) {
            second.add(Body.survey(source, "c" + i, 300, 1000));
        }
        postBatch(second, "counts.updated", 300);
        String added = awaitMeasurement(source, "c299");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/measurements/{id}", idOf(source, "b599")).then().body("version", equalTo(2)));
        String kept = given().get("/api/v1/measurements/{id}", idOf(source, "b10")).then()
                .body("version", equalTo(1)).body("measurement.numerator", equalTo(100)).extract().asString();
        String fixed = given().get("/api/v1/measurements/{id}", idOf(source, "b450")).then()
                .body("version", equalTo(2)).body("measurement.numerator", equalTo(650)).extract().asString();

        given().when().post("/api/v1/admin/replay").then().statusCode(200);

        assertEquals(kept, given().get("/api/v1/measurements/{id}", idOf(source, "b10")).then().extract().asString());
        assertEquals(fixed, given().get("/api/v1/measurements/{id}", idOf(source, "b450")).then().extract().asString());
        assertEquals(added, given().get("/api/v1/measurements/{id}", idOf(source, "c299")).then().extract()
                .asString());
    }

    private static void postBatch(List<Map<String, Object>> rows, String count, int expected) {
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body(count, equalTo(expected));
    }

    /** Waits until the projection has the measurement; returns its current answer. */
    private static String awaitMeasurement(String source, String sourceId) {
        String id = idOf(source, sourceId);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/measurements/{id}", id).then().statusCode(200));
        return given().get("/api/v1/measurements/{id}", id).then().extract().asString();
    }

    private static String idOf(String source, String sourceId) {
        return new io.mezasu.measurement.domain.measurement.SourceRef(source, sourceId).measurementId().toString();
    }

    @Test
    void afterAReplayTheLiveProjectorMovesPastWhatTheReplayRead() throws Exception {
        String source = "skip-" + UUID.randomUUID().toString().substring(0, 8);
        int events = 2500; // more than one poll of the projector (projector-max-poll-records, 2000)
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            rows.add(Body.survey(source, "s" + i, i % 1000, 1000));
        }
        double readBefore = projectorRecordsRead();
        // Holding the projection lock keeps the live projector from applying anything: the events wait on the topic
        // (at most one poll of them in the projector's hands) until the replay, which takes the same lock, has read them.
        try (var held = projection.lock().exclusive()) {
            given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                    .then().statusCode(200).body("counts.imported", equalTo(events));
            assertTrue(replay.rebuild().events() >= events);
        }
        String last = new io.mezasu.measurement.domain.measurement.SourceRef(source, "s" + (events - 1)).measurementId().toString();
        given().get("/api/v1/measurements/{id}", last).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestPlans.lag("mezasu.measurements",
                "measurement-service.projection") == 0);
        double read = projectorRecordsRead() - readBefore;
        assertTrue(read < events, "the live projector read " + read + " of the " + events
                + " events the replay had applied; it should have skipped past them");
    }

    private double projectorRecordsRead() {
        return registry.get("mezasu.projector.batch.size").summary().totalAmount();
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndProjectionGoesOn() throws Exception {
        try (KafkaConsumer<String, String> dlq = consumer("mezasu.measurements.dlq")) {
            TestPlans.send("mezasu.measurements", "minato-fy2019/1-1-1-1", "{\"type\":\"not ours\"}");
            String after = post(Body.survey("dlq-" + UUID.randomUUID().toString().substring(0, 8), "w1", 1, 2));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/v1/measurements/{id}", after).then().statusCode(200));
            List<String> reasons = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : dlq.poll(Duration.ofMillis(200))) {
                    reasons.add(new String(record.headers().lastHeader("dead-letter-reason").value(),
                            StandardCharsets.UTF_8));
                }
                return !reasons.isEmpty();
            });
            assertTrue(reasons.get(0).contains("not a measurement event"), reasons.toString());
        }
    }
}
