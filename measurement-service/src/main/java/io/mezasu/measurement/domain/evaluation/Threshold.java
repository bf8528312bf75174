package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The figure a target's actual is compared with, and where it came from.
 *
 * @param value    null while a 前年同時期 baseline is unmeasured
 * @param baseline the baseline used, or null
 * @param text     how the threshold was obtained, for the formula; null when it is simply the plan's figure
 */
record Threshold(BigDecimal value, Explanation.BaselineUsed baseline, String text) {

    /**
     * @param previousYear the observations of the year before the plan's, oldest first
     */
    static Threshold resolve(TargetSpec spec, List<Observation> previousYear, int planYear) {
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
        Optional<Actual> last = ActualDerivation.derive(spec, previousYear);
        if (last.isEmpty()) {
            return new Threshold(null, null, "前年同時期 (FY" + baseYear + ") not measured yet: threshold unknown");
        }
        Actual measured = last.get();
        // Last year's figure counts as published, i.e. at the stated precision, before the increment.
        BigDecimal published = measured.value().setScale(spec.precision(), RoundingMode.HALF_UP);
        BigDecimal value = baseline.thresholdFrom(published);
        List<UUID> ids = measured.ids();
        return new Threshold(value, new Explanation.BaselineUsed(published, ids.get(ids.size() - 1)),
                "baseline FY" + baseYear + ": " + measured.derivation() + ", half-up " + published.toPlainString()
                        + "; threshold " + baseline.describe(published) + " = " + Numbers.show(value));
    }
}
