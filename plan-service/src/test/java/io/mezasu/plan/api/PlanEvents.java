package io.mezasu.plan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the real plans topic from the start, as a downstream consumer would. */
final class PlanEvents implements AutoCloseable {

    static final String TOPIC = "mezasu.plans";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;

    private PlanEvents(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    static PlanEvents listen() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return new PlanEvents(consumer);
    }

    /** The first event with this record key, or an AssertionError when none arrives in time. */
    JsonNode awaitFor(String key, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                if (key.equals(record.key())) {
                    return JSON.readTree(record.value());
                }
            }
        }
        throw new AssertionError("no event with key " + key + " on " + TOPIC + " within " + timeout);
    }

    /** All events with this key seen within the window. */
    List<JsonNode> allFor(String key, Duration window) throws Exception {
        List<JsonNode> found = new java.util.ArrayList<>();
        Instant deadline = Instant.now().plus(window);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                if (key.equals(record.key())) {
                    found.add(JSON.readTree(record.value()));
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
