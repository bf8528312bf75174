package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.evaluation.Observation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A CDI event fired inside the projection transaction, after a live batch is written: the targets it changed, each
 * with its measurements in effect now. Observers judge from these observations, not from the tables, so they need
 * not run at any particular moment of the write; a failing observer rolls the batch back with it.
 */
public record TargetsChanged(List<Target> targets) {

    public TargetsChanged {
        targets = List.copyOf(targets);
    }

    /**
     * One changed target of a plan: {@code inEffect} is every measurement that counts now, {@code lastRecordedAt}
     * and {@code lastMeasurementId} are those of the batch's last change to it.
     */
    public record Target(String plan, String code, List<Observation> inEffect, OffsetDateTime lastRecordedAt,
            UUID lastMeasurementId) {

        public Target {
            inEffect = List.copyOf(inEffect);
        }
    }
}
