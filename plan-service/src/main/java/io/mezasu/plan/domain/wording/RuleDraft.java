package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.Baseline;
import io.mezasu.plan.domain.ItemBaseline;
import io.mezasu.plan.domain.TargetRule;
import io.mezasu.plan.domain.TargetRule.DataSource;
import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.domain.TargetRule.Milestone;
import io.mezasu.plan.domain.TargetRule.PercentBasis;
import java.math.BigDecimal;

/** A rule being assembled by a form; mutable so each form sets only what its wording says. */
final class RuleDraft {

    MeasureKind kind;
    Direction direction;
    Boolean directionStated;
    BigDecimal threshold;
    Integer decimals;
    String unit;
    PercentBasis percentBasis;
    boolean cumulative;
    Integer scale;
    Baseline baseline;
    Milestone milestone;
    DataSource dataSource;
    Boolean strict;
    ItemBaseline itemBaseline;

    static RuleDraft of(MeasureKind kind) {
        RuleDraft draft = new RuleDraft();
        draft.kind = kind;
        return draft;
    }

    RuleDraft bound(Bound bound) {
        direction = bound.direction();
        directionStated = bound.stated();
        strict = bound.strict() ? Boolean.TRUE : null;
        return this;
    }

    RuleDraft threshold(BigDecimal value) {
        threshold = value;
        decimals = Math.max(value.scale(), 0);
        return this;
    }

    TargetRule build() {
        return new TargetRule(kind, direction, directionStated, threshold, decimals, unit, percentBasis, cumulative,
                scale, baseline, milestone, dataSource, itemBaseline, strict);
    }
}
