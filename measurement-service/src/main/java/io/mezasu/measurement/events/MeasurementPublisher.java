package io.mezasu.measurement.events;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.KafkaAcks;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Puts accepted changes on the measurements topic and waits until Kafka has them (acks=all,
 * idempotent producer: see the "measurements" channel). Called inside the ledger transaction, so
 * a failure here rolls the ledger back and the client hears 503, never a false "accepted".
 */
@ApplicationScoped
public class MeasurementPublisher {

    private static final Logger LOG = Logger.getLogger(MeasurementPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final MeasurementEvents events;
    private final MeasurementConfig config;

    public MeasurementPublisher(
            @Channel("measurements") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> emitter,
            MeasurementEvents events, MeasurementConfig config) {
        this.emitter = emitter;
        this.events = events;
        this.config = config;
    }

    /** Sends all changes in order and returns once every one is acknowledged. */
    public void publish(List<MeasurementChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            KafkaAcks.awaitAll(() -> changes.stream().map(this::send).toList(), config.publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("measurements topic did not acknowledge %d event(s): %s", changes.size(), e.toString());
            throw ProblemException.unavailable(Text.of("ingest.event-log-unreachable"), config.retryAfterSeconds());
        }
    }

    private Uni<Void> send(MeasurementChange change) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(change.key())
                .withTopic(config.topic())
                .withHeaders(new RecordHeaders().add("content-type",
                        CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
                .build();
        return emitter.sendMessage(Message.of(events.write(change)).addMetadata(metadata));
    }
}
