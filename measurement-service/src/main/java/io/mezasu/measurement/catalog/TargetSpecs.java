package io.mezasu.measurement.catalog;

import io.mezasu.measurement.domain.evaluation.BaselineSpec;
import io.mezasu.measurement.domain.evaluation.Direction;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads each target's rule of a published plan into the evaluation domain's {@link TargetSpec}. */
final class TargetSpecs {

    private TargetSpecs() {
    }

    static Map<String, TargetSpec> of(String planKey, PublishedPlan plan) {
        Map<String, TargetSpec> specs = new LinkedHashMap<>();
        plan.targets().forEach(target -> specs.put(target.code(), spec(planKey, target, plan.areas())));
        return specs;
    }

    private static TargetSpec spec(String planKey, PublishedPlan.Target target, List<String> areas) {
        PublishedPlan.Rule rule = target.rule();
        MeasureKind kind = MeasureKind.valueOf(rule.kind());
        return new TargetSpec(planKey, target.code(), kind,
                rule.direction() != null ? Direction.of(rule.direction(), rule.strict()) : null,
                published(rule.threshold(), rule.decimals()),
                rule.decimals(),
                rule.unit(),
                rule.percentBasis() != null ? TargetSpec.PercentBasis.valueOf(rule.percentBasis()) : null,
                rule.cumulative(),
                rule.scale(),
                baseline(rule.baseline()),
                kind == MeasureKind.AREA_COVERAGE ? areas : List.of(),
                kind == MeasureKind.MILESTONE ? new TargetSpec.Milestone(target.targetText(), rule.milestoneDue()) : null);
    }

    private static BaselineSpec baseline(PublishedPlan.Baseline baseline) {
        if (baseline == null) {
            return null;
        }
        BaselineSpec.Type type = BaselineSpec.Type.valueOf(baseline.type());
        return switch (type) {
            case FIXED -> BaselineSpec.fixed(baseline.value());
            case FIXED_ADJUSTED -> BaselineSpec.fixedAdjusted(baseline.value());
            case PREVIOUS_YEAR -> BaselineSpec.previousYear(baseline.increment(),
                    BaselineSpec.IncrementUnit.valueOf(baseline.incrementUnit()));
            case PREVIOUS_YEAR_SAME_PERIOD -> BaselineSpec.previousYearSamePeriod(baseline.increment(),
                    BaselineSpec.IncrementUnit.valueOf(baseline.incrementUnit()), baseline.periodDay());
        };
    }

    /** The threshold at its stated precision, so 55.0 is shown as published, not as 55. */
    private static BigDecimal published(BigDecimal threshold, Integer decimals) {
        return threshold == null || decimals == null ? threshold
                : threshold.setScale(decimals, RoundingMode.UNNECESSARY);
    }
}
