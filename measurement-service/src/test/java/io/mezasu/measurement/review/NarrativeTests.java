package io.mezasu.measurement.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.EventSchemas;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Narratives (自己評価の記述): versions with author and time, history, events on mezasu.reviews, plain text only. */
@QuarkusTest
class NarrativeTests {

    static final String PLAN = "minato-narrative";

    final String tanaka = TestTokens.mint(TestTokens.spec(TokenMinter.EVALUATOR).withSubject("kikaku-tanaka"));
    final String suzuki = TestTokens.mint(TestTokens.spec(TokenMinter.EVALUATOR).withSubject("kikaku-suzuki"));
    String review;

    @BeforeEach
    void review() throws Exception {
        TestPlans.ensurePublished(PLAN);
        review = given().auth().oauth2(tanaka).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR_END", "asOf", "2020-03-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(201).extract().path("id");
    }

    @Test
    void everyChangeIsAVersionWithItsAuthorAndAnEvent() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            put(tanaka, "1-1-1-1", text("区民モニターで周知が進んだ。", "回答率が低い。\n若年層に働きかける。", "継続する。"))
                    .then().statusCode(200).body("version", equalTo(1)).body("author", equalTo("kikaku-tanaka"));
            put(suzuki, "1-1-1-1", text("区民モニターで周知が進んだ。", "回答率が低い。", "SNSで発信する。"))
                    .then().statusCode(200).body("version", equalTo(2)).body("author", equalTo("kikaku-suzuki"));
            // the same text again: no new version
            put(suzuki, "1-1-1-1", text("区民モニターで周知が進んだ。", "回答率が低い。", "SNSで発信する。"))
                    .then().statusCode(200).body("version", equalTo(2));
            put(tanaka, "1-1", text("戦略として有効。", "", "")).then().statusCode(200).body("version", equalTo(1));

            given().auth().oauth2(tanaka).get(narrative("1-1-1-1") + "/history").then().statusCode(200)
                    .body("", hasSize(2))
                    .body("version", equalTo(List.of(1, 2)))
                    .body("author", equalTo(List.of("kikaku-tanaka", "kikaku-suzuki")))
                    .body("[0].issuesAndFixes", equalTo("回答率が低い。\n若年層に働きかける。"));
            given().auth().oauth2(tanaka).get("/api/v1/plans/{key}/reviews/{id}", PLAN, review).then().statusCode(200)
                    .body("narratives", hasSize(2))
                    .body("narratives.find { it.code == '1-1-1-1' }.nextSteps", equalTo("SNSで発信する。"))
                    .body("narratives.find { it.code == '1-1' }.version", equalTo(1));

            List<JsonNode> mine = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(review)) {
                        assertEquals(List.of(), EventSchemas.validate("review.narrative-changed.v1", record.value()));
                        assertEquals(PLAN, record.key());
                        mine.add(TestPlans.JSON.readTree(record.value()));
                    }
                }
                return mine.size() >= 3;
            });
            assertEquals(List.of("1-1-1-1/1", "1-1-1-1/2", "1-1/1"), mine.stream()
                    .map(e -> e.at("/data/code").asText() + "/" + e.at("/data/version").asInt()).toList());
            assertEquals("io.mezasu.review.narrative-changed.v1", mine.get(0).at("/type").asText());
        }
    }

    @Test
    void onlyPlainTextOfAtMost4000CharactersNamingTheField() {
        put(tanaka, "1-1-1-1", text("あ".repeat(4001), "ok", "")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("effective")))
                .body("errors.code", equalTo(List.of("too-long")));
        // A control character is refused as the body is read, like in any JSON string (issue #18): 400, field named.
        put(tanaka, "1-1-1-1", text("ok", "ok", "bell\u0007")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/nextSteps")))
                .body("errors.code", equalTo(List.of("control-character")));
        put(tanaka, "1-1-1-1", Map.of("effective", "x", "issuesAndFixes", "y")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("nextSteps")));
        put(tanaka, "1-1-1-1", text("字".repeat(4000), "\t表\r\n", "")).then().statusCode(200);
    }

    @Test
    void aCodeOutsideThePlanIsNotFound() {
        put(tanaka, "9-9-9-9", text("a", "b", "c")).then().statusCode(404);
        given().auth().oauth2(tanaka).get(narrative("9-9") + "/history").then().statusCode(404);
        given().auth().oauth2(tanaka).contentType(ContentType.JSON).body(text("a", "b", "c"))
                .put("/api/v1/plans/{key}/reviews/{id}/narratives/1-1-1-1", PLAN, UUID.randomUUID()).then()
                .statusCode(404);
    }

    private io.restassured.response.Response put(String token, String code, Map<String, String> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(narrative(code));
    }

    private String narrative(String code) {
        return "/api/v1/plans/" + PLAN + "/reviews/" + review + "/narratives/" + code;
    }

    static Map<String, String> text(String effective, String issues, String next) {
        return Map.of("effective", effective, "issuesAndFixes", issues, "nextSteps", next);
    }

    static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("mezasu.reviews"));
        return consumer;
    }
}
