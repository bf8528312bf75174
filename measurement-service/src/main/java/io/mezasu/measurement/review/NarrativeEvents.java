package io.mezasu.measurement.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.review.ReviewViews.Narrative;
import io.mezasu.measurement.review.ReviewViews.Review;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.EventType;
import io.mezasu.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * NarrativeChanged (io.mezasu.review.narrative-changed.v1) on mezasu.reviews, through the outbox: committed with the
 * version it announces. Key = plan, so a plan's changes stay in order. Schema:
 * docs/events/review.narrative-changed.v1.schema.json.
 */
@ApplicationScoped
class NarrativeEvents {

    static final EventType TYPE = new EventType("review.narrative-changed", 1);

    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final MeasurementConfig config;

    NarrativeEvents(Outbox outbox, ObjectMapper mapper, MeasurementConfig config) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
    }

    /** Must run in the transaction that saved {@code narrative}. */
    void announce(Review review, Narrative narrative) {
        ObjectNode data = mapper.createObjectNode()
                .put("plan", review.plan())
                .put("review", review.id().toString())
                .put("kind", review.kind())
                .put("asOf", review.asOf().toString())
                .put("code", narrative.code())
                .put("version", narrative.version())
                .put("effective", narrative.effective())
                .put("issuesAndFixes", narrative.issuesAndFixes())
                .put("nextSteps", narrative.nextSteps())
                .put("author", narrative.author())
                .put("writtenAt", narrative.writtenAt().toString());
        CloudEvent event = CloudEvent.of(config.eventSource(), TYPE, review.plan() + "/" + review.id() + "/"
                + narrative.code(), narrative.writtenAt(), data);
        outbox.append(config.reviewsTopic(), review.plan(), event);
    }
}
