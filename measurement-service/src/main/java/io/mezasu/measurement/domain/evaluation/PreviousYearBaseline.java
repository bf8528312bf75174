package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the figure a previous-year baseline (前年度, 前年同時期) builds on, in this order:
 * <ol>
 * <li>the followed plan ({@link PriorYear}): for PREVIOUS_YEAR its final (年度末) evaluation's actual; for
 * PREVIOUS_YEAR_SAME_PERIOD its target's previous-year observations at or nearest before the stated day;</li>
 * <li>else a previous-year figure submitted under this plan's own target, the same way (the latest of that year for
 * PREVIOUS_YEAR).</li>
 * </ol>
 * Nothing found keeps the threshold unknown (BASELINE_PENDING): a final that is not in yet is never guessed from
 * in-year figures.
 */
final class PreviousYearBaseline {

    /** The figure found, the observation it came from, and how, for the formula. */
    record Found(BigDecimal value, UUID observationId, String text) {
    }

    private PreviousYearBaseline() {
    }

    /**
     * @param ownPreviousYear this target's observations of {@code baseYear}, oldest first
     * @param prior           what the followed plan knows, or null when the plan follows none
     */
    static Optional<Found> find(TargetSpec spec, List<Observation> ownPreviousYear, int baseYear, PriorYear prior) {
        BaselineSpec baseline = spec.baseline();
        if (baseline.type() == BaselineSpec.Type.PREVIOUS_YEAR) {
            if (prior != null && prior.finalActual() != null) {
                return Optional.of(new Found(prior.finalActual(), prior.finalObservationId(), "baseline FY" + baseYear
                        + ": final (年度末) evaluation of " + prior.planKey() + " " + prior.targetCode() + ", actual "
                        + Numbers.show(prior.finalActual())));
            }
            return measured(spec, ownPreviousYear, null, "baseline FY" + baseYear);
        }
        LocalDate day = baseline.periodEndIn(baseYear);
        String at = day == null ? "" : " at or before " + day;
        if (prior != null) {
            List<Observation> followed = prior.observations().stream().filter(o -> o.fiscalYear() == baseYear)
                    .sorted(Observation.CHRONOLOGICAL).toList();
            Optional<Found> found = measured(spec, followed, day, "baseline FY" + baseYear + " (" + prior.planKey()
                    + " " + prior.targetCode() + ")" + at);
            if (found.isPresent()) {
                return found;
            }
        }
        return measured(spec, ownPreviousYear, day, "baseline FY" + baseYear + at);
    }

    /** Why there is no threshold yet, for the formula. */
    static String missing(TargetSpec spec, int baseYear, PriorYear prior) {
        BaselineSpec baseline = spec.baseline();
        if (baseline.type() == BaselineSpec.Type.PREVIOUS_YEAR) {
            return "前年度 (FY" + baseYear + ") final figure not known yet"
                    + (prior == null ? "" : " (no year-end evaluation of " + prior.planKey() + " " + prior.targetCode()
                            + ")") + ": threshold unknown";
        }
        LocalDate day = baseline.periodEndIn(baseYear);
        return "前年同時期 (FY" + baseYear + ") not measured yet" + (day == null ? "" : " at or before " + day)
                + ": threshold unknown";
    }

    /** The observations of a day or earlier; all of them when {@code day} is null. */
    static List<Observation> atOrBefore(List<Observation> chronological, LocalDate day) {
        return day == null ? chronological
                : chronological.stream().filter(o -> !o.observedOn().isAfter(day)).toList();
    }

    private static Optional<Found> measured(TargetSpec spec, List<Observation> chronological, LocalDate day,
            String label) {
        List<Observation> usable = atOrBefore(chronological, day).stream()
                .filter(o -> o.reading().kind() == spec.kind()).toList();
        return ActualDerivation.derive(spec, usable).map(actual -> new Found(actual.value(),
                actual.ids().get(actual.ids().size() - 1), label + ": " + actual.derivation()));
    }
}
