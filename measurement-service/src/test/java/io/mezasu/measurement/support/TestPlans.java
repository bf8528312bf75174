package io.mezasu.measurement.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/** Puts the Minato fixture on the real plans topic, as plan-service would, and waits for the catalog. */
public final class TestPlans {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PUBLISHED = ConcurrentHashMap.newKeySet();

    private TestPlans() {
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** The PlanPublished event for the committed fixture under another key. */
    public static String planPublished(String key, String eventId) throws Exception {
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

    /**
     * A plan document of the synthetic test ward (TEST DATA, not a real ward), kept beside plan-service's tests:
     * {@code plan-service/src/test/resources/plans/test-data/{key}.json}.
     */
    public static ObjectNode testWard(String key) throws Exception {
        Path file = Path.of(System.getProperty("mezasu.root.dir", "..")).resolve(
                "plan-service/src/test/resources/plans/test-data/" + key + ".json");
        return (ObjectNode) JSON.readTree(Files.readString(file));
    }

    /** The PlanPublished event (version 1) of {@code plan} as plan-service would emit it. */
    public static String planPublished(ObjectNode plan, String eventId, int targets) {
        String key = plan.path("key").asText();
        ObjectNode data = JSON.createObjectNode();
        data.put("planKey", key).put("version", 1).putNull("supersedes");
        data.put("publishedAt", plan.path("fiscalYear").path("start").asText() + "T10:00:00+09:00")
                .put("contentHash", "0".repeat(64));
        data.putObject("stats").put("issues", 1).put("strategies", 1).put("initiatives", 1).put("reprints", 0)
                .put("targets", targets).put("projects", 0).put("budgetThousandYen", 0);
        data.set("plan", plan);
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0").put("id", eventId).put("source", "urn:mezasu:plan-service")
                .put("type", "io.mezasu.plan.published.v1").put("subject", key + "/v1")
                .put("time", data.path("publishedAt").asText()).put("datacontenttype", "application/json")
                .put("dataschema", "urn:mezasu:events:plan.published.v1");
        event.set("data", data);
        return event.toString();
    }

    /** Records of {@code topic} that consumer group {@code group} has not committed yet, over all partitions. */
    public static long lag(String topic, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    public static void send(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Publishes the fixture as {@code key} once per test JVM and waits until the catalog has it. */
    public static void ensurePublished(String key) throws Exception {
        if (PUBLISHED.contains(key)) {
            return;
        }
        send("mezasu.plans", key, planPublished(key, UUID.randomUUID().toString()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/catalog/plans/{key}", key).then().statusCode(200));
        PUBLISHED.add(key);
    }
}
