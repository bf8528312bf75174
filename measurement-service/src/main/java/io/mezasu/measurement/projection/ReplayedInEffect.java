package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.Timeline;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.measurement.domain.measurement.TargetKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each target's observations in effect, built by a replay from the changes that took effect as it applied them, so
 * that evaluating every target at its end need not read every content back from the tables and parse it again. The
 * replay's main thread applies each chunk's changes in the order it collects them: a measurement's changes all go
 * through one writer, in topic order, so its last change here is its last change in the tables. Beyond {@code limit}
 * observations the timelines are dropped ({@link #complete()} turns false) and the end of the replay reads each target
 * from the tables instead, to bound memory. Not thread-safe: one owner at a time.
 */
public final class ReplayedInEffect {

    private final long limit;
    private Map<String, Timeline> byTarget = new HashMap<>();
    private long observations;

    ReplayedInEffect(long limit) {
        this.limit = limit;
    }

    /** The changes of one writer's part of a chunk that took effect, in their order. */
    void apply(List<MeasurementChange> effective) {
        if (byTarget == null) {
            return;
        }
        for (MeasurementChange change : effective) {
            Timeline timeline = byTarget.computeIfAbsent(change.key(), key -> new Timeline());
            int before = timeline.size();
            if (change.type() == MeasurementChange.Type.RETRACTED) {
                timeline.remove(change.measurementId());
            } else { // a recording or a correction (訂正), as the live projector does in ProjectionService
                timeline.put(Observations.of(change.measurementId(), change.measurement(), change.recordedAt()));
            }
            observations += timeline.size() - before;
        }
        if (observations > limit) {
            byTarget = null;
        }
    }

    /** False once the limit was passed: the caller reads each target from the tables. */
    public boolean complete() {
        return byTarget != null;
    }

    /** A target's observations in effect, oldest first; none for a target no change named. Only while complete. */
    public List<Observation> of(String plan, String target) {
        if (byTarget == null) {
            throw new IllegalStateException("the replay's observations were dropped past " + limit);
        }
        Timeline timeline = byTarget.get(TargetKey.of(plan, target));
        return timeline == null ? List.of() : timeline.chronological();
    }
}
