package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The previous year of one target as the plan it follows (前年度の運営方針) knows it: where a previous-year baseline
 * comes from before any figure submitted under this plan's own key.
 *
 * @param planKey       the followed plan, e.g. {@code minato-fy2019}
 * @param targetCode    the followed target, e.g. {@code 1-1-1-1} (the same code unless the plan maps it)
 * @param finalActual   the followed target's final (年度末) evaluation's actual as published; null until there is one
 * @param finalObservationId the latest observation behind that actual; null with it
 * @param observations  the followed target's observations in effect, of any year (those of the previous year are
 *                      used), for a 前年同時期 baseline
 */
public record PriorYear(String planKey, String targetCode, BigDecimal finalActual, UUID finalObservationId,
        List<Observation> observations) {

    public PriorYear {
        Objects.requireNonNull(planKey, "planKey");
        Objects.requireNonNull(targetCode, "targetCode");
        observations = observations == null ? List.of() : List.copyOf(observations);
    }
}
