package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Why an evaluation came out as it did.
 *
 * @param observationIds   the observations of the plan's year that made the actual, oldest first; a 延べ count
 *                         built from thousands of increments lists only the latest {@value #MAX_IDS}
 * @param observationCount how many observations made the actual
 * @param baseline         the baseline used, or null when the target has none
 * @param formula          e.g. {@code 412 / 1000 × 100 = 41.2 %; half-up to 1 decimal = 41.2; 41.2 ≥ 38.3}
 */
public record Explanation(List<UUID> observationIds, int observationCount, BaselineUsed baseline, String formula) {

    /** Enough to trace the latest inputs; every evaluation version stores its explanation. */
    public static final int MAX_IDS = 50;

    public Explanation {
        observationIds = List.copyOf(observationIds);
    }

    public Explanation(List<UUID> observationIds, BaselineUsed baseline, String formula) {
        this(observationIds.size() > MAX_IDS
                ? observationIds.subList(observationIds.size() - MAX_IDS, observationIds.size()) : observationIds,
                observationIds.size(), baseline, formula);
    }

    /**
     * @param value         the baseline figure (52.1, 7, or last year's measured rate as published)
     * @param observationId the previous-year observation it came from; null for a baseline stated in the plan
     */
    public record BaselineUsed(BigDecimal value, UUID observationId) {
    }
}
