package io.mezasu.measurement.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real measurements on the real stack, evaluated and delivered to a real HTTP receiver on loopback that fails some
 * first attempts (500) and is too slow on others: every evaluation arrives, signed, in order per target.
 */
@QuarkusTest
class WebhookDeliveryTests {

    static final String TYPE = "io.mezasu.target.evaluated.v2";

    Receiver receiver;
    final String operator = TestTokens.forRoles("operator");

    @BeforeEach
    void receiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void everyEvaluationArrivesSignedAndInOrderPerTarget() throws Exception {
        String plan = "minato-webhooks";
        TestPlans.ensurePublished(plan);
        Map<String, List<Map<String, Object>>> changes = new LinkedHashMap<>();
        String source = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
        changes.put("1-1-1-1", List.of(Body.survey(source, "s", 560, 1000), Body.survey(source, "s", 400, 1000),
                Body.survey(source, "s", 610, 1000)));
        changes.put("3-4-2-1", List.of(Body.ratio(source, "r", 90, 100), Body.ratio(source, "r", 70, 100),
                Body.ratio(source, "r", 85, 100)));
        changes.put("3-1-2-1", List.of(Body.count(source, "c", 4500, "RUNNING_TOTAL"),
                Body.count(source, "c", 3900, "RUNNING_TOTAL")));
        changes.keySet().forEach(target -> awaitHistory(plan, target, 1)); // the plan's first evaluation (NO_DATA)
        Map<String, Integer> before = new LinkedHashMap<>();
        changes.keySet().forEach(target -> before.put(target, history(plan, target).size()));

        Map<String, Object> created = subscribe(Map.of("url", receiver.url("/flaky"), "types", List.of(TYPE),
                "plan", plan));
        String secret = (String) created.get("secret");
        String vendor = TestTokens.vendor("plan:" + plan);
        for (int round = 0; round < 3; round++) {
            for (var entry : changes.entrySet()) {
                if (round < entry.getValue().size()) {
                    int versions = history(plan, entry.getKey()).size();
                    given().auth().oauth2(vendor).contentType(ContentType.JSON)
                            .body(Body.with(entry.getValue().get(round), "plan", plan))
                            .post("/api/v1/measurements").then().statusCode(202);
                    awaitHistory(plan, entry.getKey(), versions + 1);
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        changes.keySet().forEach(target -> history(plan, target).stream().skip(before.get(target))
                .forEach(version -> expected.add(target + "#" + version)));
        assertEquals(8, expected.size(), "each change made one evaluation version: " + expected);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> delivered(plan).containsAll(expected));
        assertEquals(expected, delivered(plan), "nothing delivered beyond the evaluations");
        Map<String, Integer> last = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Receiver.Received received : receiver.accepted) {
            assertTrue(verifies(secret, received), "signature of " + received.id());
            if (!ids.add(received.id())) {
                continue; // at least once: a repeat carries the same webhook-id
            }
            JsonNode event = TestPlans.JSON.readTree(received.body());
            assertEquals(TYPE, event.get("type").asText());
            String target = event.at("/data/target").asText();
            int version = event.at("/data/version").asInt();
            assertTrue(version > last.getOrDefault(target, 0), target + " v" + version + " after v" + last.get(target));
            last.put(target, version);
        }
        assertTrue(receiver.failedWith500.get() > 0 && receiver.answeredTooLate.get() > 0,
                "the receiver failed some attempts and was too slow on others");
        // An answer that reached the receiver but not the sender in time is sent again (at least once): the log
        // says DELIVERED once the sender has seen a 2xx for every event.
        String subscription = (String) created.get("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(operator)
                .get("/api/v1/subscriptions/{id}/deliveries", subscription).then().statusCode(200)
                .body("total", equalTo(8)).body("items.status", everyItem(equalTo("DELIVERED"))));
        List<Integer> attempts = given().auth().oauth2(operator)
                .get("/api/v1/subscriptions/{id}/deliveries", subscription).then().extract().path("items.attempts");
        assertTrue(attempts.stream().anyMatch(a -> a > 1), "some took a retry: " + attempts);
    }

    @Test
    void theLastFailedAttemptDeadLettersAndRedeliverSendsItAgain() throws Exception {
        String plan = "minato-webhooks-dead";
        TestPlans.ensurePublished(plan);
        awaitHistory(plan, "3-4-2-1", 1);
        Map<String, Object> created = subscribe(Map.of("url", receiver.url("/down"), "types", List.of(TYPE),
                "plan", plan, "target", "3-4-2-1"));
        String id = (String) created.get("id");
        given().auth().oauth2(TestTokens.vendor("plan:" + plan)).contentType(ContentType.JSON)
                .body(Body.with(Body.ratio("hooks-dead", "r", 75, 100), "plan", plan))
                .post("/api/v1/measurements").then().statusCode(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(operator)
                .queryParam("status", "DEAD").get("/api/v1/subscriptions/{id}/deliveries", id).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].attempts", equalTo(4))
                .body("items[0].lastStatus", equalTo(500)).body("items[0].lastError", equalTo("answered HTTP 500")));
        assertEquals(List.of(), receiver.accepted);
        assertEquals(4, receiver.failedWith500.get(), "max-attempts, then no more");
        assertTrue(given().get("/q/metrics").asString().contains("mezasu_webhook_deliveries_total{outcome=\"dead\"}"));

        String delivery = given().auth().oauth2(operator).get("/api/v1/subscriptions/{id}/deliveries", id)
                .then().extract().path("items[0].id");
        receiver.recover();
        given().auth().oauth2(operator).post("/api/v1/subscriptions/{id}/deliveries/{d}/redeliver", id, delivery)
                .then().statusCode(202).body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted.size() == 1);
        assertEquals(delivery, receiver.accepted.get(0).id(), "the same webhook-id as before");
        assertTrue(verifies((String) created.get("secret"), receiver.accepted.get(0)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(operator)
                .get("/api/v1/subscriptions/{id}/deliveries", id).then().body("items[0].status", equalTo("DELIVERED")));
        given().auth().oauth2(operator).post("/api/v1/subscriptions/{id}/deliveries/{d}/redeliver", id, delivery)
                .then().statusCode(409).contentType("application/problem+json");
    }

    Map<String, Object> subscribe(Map<String, Object> body) {
        return given().auth().oauth2(operator).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201).extract().as(Map.class);
    }

    static List<Integer> history(String plan, String target) {
        return given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", plan, target)
                .then().statusCode(200).extract().path("version");
    }

    static void awaitHistory(String plan, String target, int versions) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> history(plan, target).size() >= versions);
    }

    /** target#version of every event the receiver accepted for {@code plan}. */
    Set<String> delivered(String plan) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Receiver.Received received : new ArrayList<>(receiver.accepted)) {
            JsonNode data = TestPlans.JSON.readTree(received.body()).get("data");
            if (plan.equals(data.get("plan").asText())) {
                out.add(data.get("target").asText() + "#" + data.get("version").asInt());
            }
        }
        return out;
    }

    /** Standard Webhooks, written out here rather than through the service's own signer. */
    static boolean verifies(String secret, Receiver.Received received) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String content = received.id() + "." + received.timestamp() + "." + received.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        return List.of(received.signature().split(" ")).contains(expected);
    }
}
