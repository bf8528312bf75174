package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.events.DeadLetters;
import io.mezasu.measurement.projection.ProjectionService;
import io.mezasu.platform.events.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes PlanPublished (io.mezasu.plan.published.v1) into the catalog. A tolerant reader: unknown
 * fields are ignored so plan-service can add to v1; other event types are skipped. A record that is not
 * a readable CloudEvent is set aside on the dead-letter topic ({@link DeadLetters}, as the projector does) and the
 * consumer goes on; any other failure (the database) stops the channel rather than set a good plan aside. The offset
 * is committed only after the catalog transaction has committed (the method returns after it).
 */
@ApplicationScoped
public class PlanPublishedConsumer {

    private static final Logger LOG = Logger.getLogger(PlanPublishedConsumer.class);
    static final String TYPE = "io.mezasu.plan.published.v1";

    private final CatalogService catalog;
    private final ObjectMapper tolerant;

    private final ProjectionService projection;
    private final DeadLetters deadLetters;
    private final MeasurementConfig config;

    public PlanPublishedConsumer(CatalogService catalog, ProjectionService projection, ObjectMapper mapper,
            DeadLetters deadLetters, MeasurementConfig config) {
        this.deadLetters = deadLetters;
        this.config = config;
        this.catalog = catalog;
        this.projection = projection;
        this.tolerant = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming("plans")
    @Blocking(ordered = true)
    public void consume(String value, IncomingKafkaRecordMetadata<String, String> record) throws Exception {
        CloudEvent event;
        try {
            event = tolerant.readValue(value, CloudEvent.class);
            if (event.id() == null || event.data() == null || event.type() == null) {
                throw new IllegalArgumentException("not a CloudEvent with id, type and data");
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("plan event at %s-%d@%d is unreadable, sent to the dead-letter topic: %s", record.getTopic(),
                    record.getPartition(), record.getOffset(), e.getMessage());
            deadLetters.send(config.plansDeadLetterTopic(), new DeadLetters.Origin(record.getTopic(),
                    record.getPartition(), record.getOffset(), record.getKey()), value, e.getMessage())
                    .await().atMost(config.publishTimeout());
            return;
        }
        if (!TYPE.equals(event.type())) {
            LOG.debugf("skipping event type %s", event.type());
            return;
        }
        JsonNode data = event.data();
        // Its evaluations must not interleave with a measurement batch's, on any replica.
        try (var held = projection.lock().exclusive()) {
            catalog.record(event.id(), data);
        }
    }
}
