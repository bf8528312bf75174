package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.projection.ProjectionService;
import io.mezasu.platform.events.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes PlanPublished (io.mezasu.plan.published.v1) into the catalog. A tolerant reader: unknown
 * fields are ignored so plan-service can add to v1; other event types are skipped. A record that is not
 * a CloudEvent at all fails and goes to the dead-letter topic. The offset is committed only after the
 * catalog transaction has committed (the method returns after it).
 */
@ApplicationScoped
public class PlanPublishedConsumer {

    private static final Logger LOG = Logger.getLogger(PlanPublishedConsumer.class);
    static final String TYPE = "io.mezasu.plan.published.v1";

    private final CatalogService catalog;
    private final ObjectMapper tolerant;

    private final ProjectionService projection;

    public PlanPublishedConsumer(CatalogService catalog, ProjectionService projection, ObjectMapper mapper) {
        this.catalog = catalog;
        this.projection = projection;
        this.tolerant = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming("plans")
    @Blocking(ordered = true)
    public void consume(String value) throws Exception {
        CloudEvent event = tolerant.readValue(value, CloudEvent.class);
        if (event.id() == null || event.data() == null || event.type() == null) {
            throw new IllegalArgumentException("not a CloudEvent with id, type and data");
        }
        if (!TYPE.equals(event.type())) {
            LOG.debugf("skipping event type %s", event.type());
            return;
        }
        JsonNode data = event.data();
        projection.lock().lock(); // its evaluations must not interleave with a measurement batch's
        try {
            catalog.record(event.id(), data);
        } finally {
            projection.lock().unlock();
        }
    }
}
