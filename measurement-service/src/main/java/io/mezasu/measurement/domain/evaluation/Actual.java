package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one year's observations add up to, before any judgement.
 *
 * @param value     the exact figure; null for milestones
 * @param state     the milestone state; milestones only
 * @param ratio     the ratio behind a PERCENT figure, for the confidence interval
 * @param asOf      the latest observedOn among the observations read: the date pro rata is taken at
 * @param ids       the observations that make the figure, oldest first
 * @param derivation how the figure was obtained, for the formula
 */
record Actual(
        BigDecimal value,
        Reading.MilestoneState state,
        Reading.Ratio ratio,
        LocalDate asOf,
        List<UUID> ids,
        String derivation) {

    Actual {
        ids = List.copyOf(ids);
    }
}
