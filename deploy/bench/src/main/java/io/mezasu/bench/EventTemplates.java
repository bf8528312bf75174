package io.mezasu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Measurement events exactly as measurement-service wrote them (read back from the topic after batch ingest), and
 * fresh copies of them: new event id, measurement id and sourceId, another target of the same kind, and the content
 * hash recomputed over the canonical content, so each copy is a new, valid measurement of the same size and shape.
 */
final class EventTemplates {

    /** A record to send: key, UTF-8 value and the headers the service sets. */
    record Event(String key, byte[] value, List<Header> headers) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode survey;
    private final ObjectNode count;
    private final List<Header> headers;
    private final String runId;

    private EventTemplates(ObjectNode survey, ObjectNode count, List<Header> headers, String runId) {
        this.survey = survey;
        this.count = count;
        this.headers = headers;
        this.runId = runId;
    }

    /** Reads the last events of the measurements topic until it has one survey and one count event. */
    static EventTemplates capture(String bootstrapServers, String runId) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        ObjectMapper json = new ObjectMapper();
        ObjectNode survey = null;
        ObjectNode count = null;
        List<Header> headers = null;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Bench.MEASUREMENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            end.forEach((tp, offset) -> consumer.seek(tp, Math.max(0, offset - 200)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((survey == null || count == null) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ObjectNode event = (ObjectNode) json.readTree(record.value());
                    String kind = event.path("data").path("measurement").path("kind").asText();
                    if (!event.path("type").asText().contains("recorded")) {
                        continue;
                    }
                    if (kind.equals("SURVEY") && survey == null) {
                        survey = event;
                        headers = new ArrayList<>();
                        for (Header h : record.headers()) {
                            headers.add(new RecordHeader(h.key(), h.value()));
                        }
                    } else if (kind.equals("COUNT") && count == null) {
                        count = event;
                    }
                }
            }
        }
        if (survey == null || count == null) {
            throw new IllegalStateException("no survey and count events on " + Bench.MEASUREMENTS_TOPIC
                    + " to copy the shape from");
        }
        return new EventTemplates(survey, count, List.copyOf(headers), runId);
    }

    /** The i-th copy: even i a survey over the survey targets, odd i a count, as in the HTTP mix. */
    Event copy(long i, String prefix) {
        boolean isSurvey = i % 2 == 0;
        String target = isSurvey
                ? Measurements.SURVEY_TARGETS.get((int) ((i / 2) % Measurements.SURVEY_TARGETS.size()))
                : Measurements.COUNT_TARGETS.get((int) ((i / 2) % Measurements.COUNT_TARGETS.size()));
        ObjectNode event = (isSurvey ? survey : count).deepCopy();
        ObjectNode data = (ObjectNode) event.get("data");
        ObjectNode measurement = (ObjectNode) data.get("measurement");
        String sourceId = runId + "-" + prefix + "-" + i;
        String key = Measurements.PLAN + "/" + target;
        event.put("id", UUID.randomUUID().toString());
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        if (event.has("subject")) {
            event.put("subject", key);
        }
        data.put("measurementId", UUID.randomUUID().toString());
        data.put("target", target);
        data.put("sourceId", sourceId);
        measurement.put("target", target);
        measurement.put("sourceId", sourceId);
        try {
            // The canonical content is sorted by member name, as the template already is.
            data.put("contentHash", sha256(json.writeValueAsString(sorted(measurement))));
            return new Event(key, json.writeValueAsBytes(event), headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode sorted(ObjectNode node) {
        ObjectNode out = json.createObjectNode();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(n -> out.set(n, node.get(n)));
        return out;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
