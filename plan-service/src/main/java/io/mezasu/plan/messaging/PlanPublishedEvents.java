package io.mezasu.plan.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.plan.config.PlanConfig;
import io.mezasu.plan.domain.PlanDocuments;
import io.mezasu.plan.domain.PlanStats;
import io.mezasu.plan.domain.PublishedPlan;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.EventType;
import io.mezasu.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.format.DateTimeFormatter;

/**
 * PlanPublished (io.mezasu.plan.published.v1): the whole frozen plan, so measurement-service can
 * validate and evaluate without ever calling this service. Schema: docs/events/plan.published.v1.schema.json.
 */
@ApplicationScoped
public class PlanPublishedEvents {

    public static final EventType TYPE = new EventType("plan.published", 1);

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final PlanConfig config;

    public PlanPublishedEvents(Outbox outbox, ObjectMapper mapper, PlanConfig config) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
    }

    /** Queues the event in the caller's transaction; the outbox relay sends it after commit. */
    public CloudEvent append(PublishedPlan published) {
        CloudEvent event = CloudEvent.of(URI.create(config.eventSource()), TYPE,
                published.key() + "/v" + published.version(), published.publishedAt(), data(published));
        outbox.append(config.topic(), published.key(), event);
        return event;
    }

    ObjectNode data(PublishedPlan published) {
        ObjectNode data = mapper.createObjectNode();
        data.put("planKey", published.key());
        data.put("version", published.version());
        if (published.supersedes() != null) {
            data.put("supersedes", published.supersedes());
        } else {
            data.putNull("supersedes");
        }
        data.put("publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published.publishedAt()));
        data.put("contentHash", published.contentHash());
        data.set("stats", mapper.valueToTree(PlanStats.of(published.plan())));
        data.set("plan", PlanDocuments.tree(published.plan()));
        return data;
    }
}
