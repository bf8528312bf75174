package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.mezasu.measurement.support.TestPlans;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The real wiring of measurement-service: a PlanPublished event on the real broker is consumed into the
 * real database and shows through the REST API; a redelivery changes nothing; a poison record goes to the
 * dead-letter topic without stopping the consumer.
 */
@QuarkusTest
class CatalogSmokeTests {

    static void send(String key, String value) throws Exception {
        TestPlans.send("mezasu.plans", key, value);
    }

    static String planPublished(String key, String eventId) throws Exception {
        return TestPlans.planPublished(key, eventId);
    }

    static String bootstrap() {
        return TestPlans.bootstrap();
    }

    @Test
    void aPublishedPlanReachesTheCatalogOnceEvenWhenRedelivered() throws Exception {
        String key = "minato-smoke";
        String event = planPublished(key, UUID.randomUUID().toString());
        send(key, event);
        send(key, event); // at-least-once delivery: the same event again

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/catalog/plans/{key}", key)
                        .then().statusCode(200)
                        .body("$", hasSize(1))
                        .body("[0].targets", equalTo(63))
                        .body("[0].fiscalYearStart", equalTo("2019-04-01")));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of("mezasu.plans.dlq"));
            send("poison", "this is not a CloudEvent");
            String after = "minato-after-poison";
            send(after, planPublished(after, UUID.randomUUID().toString()));

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().when().get("/api/v1/catalog/plans/{key}", after).then().statusCode(200));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : dlq.poll(Duration.ofMillis(200))) {
                    if ("poison".equals(record.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    @Test
    void anUnknownPlanIsAProblem() {
        given().when().get("/api/v1/catalog/plans/{key}", "no-such-plan")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-plan"));
    }

    @Test
    void operationsEndpointsAreUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
