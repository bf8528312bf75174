package io.mezasu.measurement.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * TargetEvaluated events just written to the outbox, fired (synchronously, in the same transaction) once per
 * stored batch of a plan, so a listener such as the webhook queue adds one statement per batch, not per target.
 */
public record EvaluationsAnnounced(List<Announced> events) {

    /** One event: its CloudEvent id and type, the target it is about and the serialized CloudEvent. */
    public record Announced(UUID eventId, String type, String plan, String target, String payload) {
    }
}
