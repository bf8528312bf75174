package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.domain.evaluation.BaselineSpec;
import io.mezasu.measurement.domain.evaluation.Direction;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads each target's rule from a PlanPublished document into the evaluation domain's {@link TargetSpec}. */
final class TargetSpecs {

    private TargetSpecs() {
    }

    static Map<String, TargetSpec> of(String planKey, JsonNode plan) {
        List<String> areas = new ArrayList<>();
        plan.path("areas").path("names").forEach(name -> areas.add(name.asText()));
        Map<String, TargetSpec> specs = new LinkedHashMap<>();
        for (JsonNode issue : plan.path("issues")) {
            for (JsonNode strategy : issue.path("strategies")) {
                for (JsonNode initiative : strategy.path("initiatives")) {
                    for (JsonNode target : initiative.path("targets")) {
                        String code = target.path("code").asText();
                        specs.put(code, spec(planKey, code, target.path("targetText").asText(null), target.path("rule"), areas));
                    }
                }
            }
        }
        return specs;
    }

    private static TargetSpec spec(String planKey, String code, String text, JsonNode rule, List<String> areas) {
        MeasureKind kind = MeasureKind.valueOf(rule.path("kind").asText());
        return new TargetSpec(planKey, code, kind,
                rule.hasNonNull("direction") ? Direction.valueOf(rule.get("direction").asText()) : null,
                published(decimal(rule.get("threshold")), rule.get("decimals")),
                rule.hasNonNull("decimals") ? rule.get("decimals").asInt() : null,
                rule.path("unit").asText(null),
                rule.hasNonNull("percentBasis") ? TargetSpec.PercentBasis.valueOf(rule.get("percentBasis").asText()) : null,
                rule.path("cumulative").asBoolean(false),
                rule.hasNonNull("scale") ? rule.get("scale").asInt() : null,
                baseline(rule.get("baseline")),
                kind == MeasureKind.AREA_COVERAGE ? areas : List.of(),
                kind == MeasureKind.MILESTONE ? text : null);
    }

    private static BaselineSpec baseline(JsonNode baseline) {
        if (baseline == null || baseline.isNull()) {
            return null;
        }
        BaselineSpec.Type type = BaselineSpec.Type.valueOf(baseline.path("type").asText());
        return switch (type) {
            case FIXED -> BaselineSpec.fixed(decimal(baseline.get("value")));
            case FIXED_ADJUSTED -> BaselineSpec.fixedAdjusted(decimal(baseline.get("value")));
            case PREVIOUS_YEAR_SAME_PERIOD -> BaselineSpec.previousYearSamePeriod(decimal(baseline.get("increment")),
                    BaselineSpec.IncrementUnit.valueOf(baseline.path("incrementUnit").asText()));
        };
    }

    /** The threshold at its stated precision, so 55.0 is shown as published, not as 55. */
    private static BigDecimal published(BigDecimal threshold, JsonNode decimals) {
        return threshold == null || decimals == null || decimals.isNull() ? threshold
                : threshold.setScale(decimals.asInt(), java.math.RoundingMode.UNNECESSARY);
    }

    /** The number as written in the document. */
    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }
}
