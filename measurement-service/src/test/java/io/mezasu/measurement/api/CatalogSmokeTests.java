package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The real wiring of measurement-service: a PlanPublished event on the real broker is consumed into the
 * real database and shows through the REST API; a redelivery changes nothing; a poison record goes to the
 * dead-letter topic without stopping the consumer.
 */
@QuarkusTest
class CatalogSmokeTests {

    static final ObjectMapper JSON = new ObjectMapper();

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** The event plan-service would publish for the fixture, built from the committed fixture itself. */
    static String planPublished(String key, String eventId) throws Exception {
        Path fixture = Path.of(System.getProperty("mezasu.root.dir", "..")).resolve(
                "plan-service/src/main/resources/plans/minato-fy2019.json");
        ObjectNode plan = (ObjectNode) JSON.readTree(Files.readString(fixture));
        plan.put("key", key);
        ObjectNode data = JSON.createObjectNode();
        data.put("planKey", key).put("version", 1).putNull("supersedes");
        data.put("publishedAt", "2019-06-28T10:00:00+09:00").put("contentHash", "0".repeat(64));
        data.putObject("stats").put("targets", 63);
        data.set("plan", plan);
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0").put("id", eventId).put("source", "urn:mezasu:plan-service")
                .put("type", "io.mezasu.plan.published.v1").put("subject", key + "/v1")
                .put("time", "2019-06-28T10:00:00+09:00").put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    static void send(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("mezasu.plans", key, value)).get();
        }
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
