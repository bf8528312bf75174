package io.mezasu.measurement.events;

import io.mezasu.measurement.config.MeasurementConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way this service sets an unreadable record aside: onto {@code <topic>.dlq}'s declared dead-letter topic,
 * with the same key and value and where it came from and why in headers (dead-letter-reason, -topic, -partition,
 * -offset), counted in {@code mezasu_dead_letters_total}. Used by the projector and the catalog's plan consumer.
 */
@ApplicationScoped
public class DeadLetters {

    /** Where a record came from. */
    public record Origin(String topic, int partition, long offset, String key) {
    }

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry registry;

    public DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, MeterRegistry registry,
            MeasurementConfig config, @ConfigProperty(name = "mp.messaging.incoming.plans.topic") String plansTopic) {
        this.emitter = emitter;
        this.registry = registry;
        // Shown at zero from the start, so an alert on any increase has a series to watch.
        List.of(config.topic(), plansTopic).forEach(this::counter);
    }

    private Counter counter(String sourceTopic) {
        return Counter.builder("mezasu.dead.letters").tag("topic", sourceTopic)
                .description("Unreadable records set aside, by the topic they came from").register(registry);
    }

    /** Sends {@code value} to {@code deadLetterTopic}; completes when Kafka acknowledged it. */
    public Uni<Void> send(String deadLetterTopic, Origin origin, String value, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", origin.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(origin.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(origin.offset()).getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(deadLetterTopic).withKey(origin.key()).withHeaders(headers).build();
        counter(origin.topic()).increment();
        return emitter.sendMessage(Message.of(String.valueOf(value)).addMetadata(metadata));
    }
}
