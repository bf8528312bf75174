package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The figure a target's actual is compared with, and where it came from.
 *
 * @param value    null while a previous-year (前年度, 前年同時期) baseline is not known
 * @param baseline the baseline used, or null
 * @param text     how the threshold was obtained, for the formula; null when it is simply the plan's figure
 */
record Threshold(BigDecimal value, Explanation.BaselineUsed baseline, String text) {

    /**
     * @param previousYear this target's observations of the year before the plan's, oldest first
     * @param prior        the followed plan's view of that year, or null when the plan follows none
     */
    static Threshold resolve(TargetSpec spec, List<Observation> previousYear, int planYear, PriorYear prior) {
        if (spec.kind() == MeasureKind.AREA_COVERAGE) {
            return new Threshold(BigDecimal.valueOf(spec.areas().size()), null, "target: all " + spec.areas().size()
                    + " " + Wording.listEn(spec.coverageList()) + " (全" + spec.coverageList() + ")");
        }
        BaselineSpec baseline = spec.baseline();
        if (baseline == null) {
            return new Threshold(spec.threshold(), null, null);
        }
        if (!baseline.isPending()) {
            // FIXED and FIXED_ADJUSTED arrive resolved; the baseline is kept for the explanation only.
            return new Threshold(spec.threshold(), new Explanation.BaselineUsed(baseline.value(), null),
                    "baseline " + Numbers.show(baseline.value()) + " (" + baseline.type() + ") → threshold "
                            + Numbers.show(spec.threshold()));
        }
        int baseYear = planYear - 1;
        Optional<PreviousYearBaseline.Found> found = PreviousYearBaseline.find(spec, previousYear, baseYear, prior);
        if (found.isEmpty()) {
            return new Threshold(null, null, PreviousYearBaseline.missing(spec, baseYear, prior));
        }
        // Last year's figure counts as published, i.e. at the stated precision, before the increment.
        BigDecimal published = found.get().value().setScale(spec.precision(), RoundingMode.HALF_UP);
        BigDecimal value = baseline.thresholdFrom(published);
        return new Threshold(value, new Explanation.BaselineUsed(published, found.get().observationId()),
                found.get().text() + ", half-up " + published.toPlainString() + "; threshold "
                        + baseline.describe(published) + " = " + Numbers.show(value));
    }
}
