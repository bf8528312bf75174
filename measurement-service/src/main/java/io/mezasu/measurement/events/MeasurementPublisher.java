package io.mezasu.measurement.events;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.platform.events.ChannelProducer;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Puts accepted changes on the measurements topic and waits until Kafka has them (acks=all,
 * idempotent producer: see the "measurements" channel). Called inside the ledger transaction, so
 * a failure here rolls the ledger back and the client hears 503, never a false "accepted".
 */
@ApplicationScoped
public class MeasurementPublisher {

    private static final Logger LOG = Logger.getLogger(MeasurementPublisher.class);
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final ChannelProducer producer;
    private final MeasurementEvents events;
    private final MeasurementConfig config;

    /**
     * The emitter is never called: it declares the "measurements" channel's upstream, so that Reactive Messaging
     * builds the channel's Kafka producer (configured under mp.messaging.outgoing.measurements), which sends.
     */
    public MeasurementPublisher(@Channel("measurements") Emitter<String> channel, KafkaClientService clients,
            MeasurementEvents events, MeasurementConfig config) {
        this.producer = new ChannelProducer(clients, "measurements");
        this.events = events;
        this.config = config;
    }

    /** Sends all changes in order and returns once every one is acknowledged. */
    public void publish(List<MeasurementChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            producer.sendAll(changes.stream().map(this::record).toList(), config.publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("measurements topic did not acknowledge %d event(s): %s", changes.size(), e.toString());
            throw ProblemException.unavailable(Text.of("ingest.event-log-unreachable"), config.retryAfterSeconds());
        }
    }

    private ProducerRecord<String, String> record(MeasurementChange change) {
        ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), null, change.key(),
                events.write(change), new RecordHeaders());
        record.headers().add("content-type", CONTENT_TYPE);
        return record;
    }
}
