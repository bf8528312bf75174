package io.mezasu.measurement.messaging;

import io.mezasu.measurement.service.ProjectionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes the measurements topic in batches into the projection. The batch is acknowledged (and its
 * offsets committed) only after the projection transaction has committed, i.e. after this method
 * returns. A record that cannot be read goes to the dead-letter topic with its reason and the rest of
 * the batch goes on; a database failure fails the batch, so it is consumed again, never skipped.
 */
@ApplicationScoped
public class MeasurementProjector {

    private static final Logger LOG = Logger.getLogger(MeasurementProjector.class);

    private final ProjectionService projection;
    private final MeasurementEvents events;
    private final MutinyEmitter<String> deadLetters;

    public MeasurementProjector(ProjectionService projection, MeasurementEvents events,
            @Channel("measurements-dlq") MutinyEmitter<String> deadLetters) {
        this.projection = projection;
        this.events = events;
        this.deadLetters = deadLetters;
    }

    @Incoming("measurements-in")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        List<MeasurementChange> changes = new ArrayList<>(records.count());
        List<Uni<Void>> quarantined = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                changes.add(events.read(record.value()));
            } catch (RuntimeException e) {
                LOG.warnf("measurement event at %s-%d@%d is unreadable, sent to the dead-letter topic: %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                quarantined.add(deadLetter(record, e.getMessage()));
            }
        }
        projection.apply(changes);
        if (!quarantined.isEmpty()) {
            Uni.join().all(quarantined).andFailFast().await().atMost(Duration.ofSeconds(30));
        }
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build();
        return deadLetters.sendMessage(Message.of(String.valueOf(record.value())).addMetadata(metadata));
    }
}
