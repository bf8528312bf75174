package io.mezasu.plan.domain;

import io.mezasu.plan.domain.TargetRule.MeasureKind;

/**
 * Which targets (業績目標) a reader asks for; every criterion left null matches everything.
 *
 * @param issue    経営課題 number
 * @param strategy 戦略 code, e.g. {@code 2-4}
 * @param kind     how the target is measured
 * @param text     text in the indicator, the target text or the initiative (具体的取組) title
 */
public record TargetFilter(Integer issue, String strategy, MeasureKind kind, String text) {

    public boolean matches(TargetEntry entry) {
        return (issue == null || entry.issue() == issue)
                && (strategy == null || entry.strategy().equals(strategy))
                && (kind == null || entry.target().rule().kind() == kind)
                && (text == null || text.isBlank() || entry.mentions(text));
    }
}
