package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A target's rule as plan-service publishes it, in plain values.
 *
 * @param planKey       the plan, e.g. {@code minato-fy2019}
 * @param code          the target's code, e.g. {@code 1-1-1-1}
 * @param direction     以上, 超, 以下 or 未満; null only for milestones (coverage is always AT_LEAST)
 * @param threshold     the figure as published; null for milestones, coverage (全地域) and previous-year baselines
 *                      (前年度, 前年同時期)
 * @param decimals      the stated precision ("38.3" has 1, "80" has 0); null means the threshold's own scale
 * @param unit          ％, a counter word or 点; for coverage the name of the list covered (地域, 小学校区, 校 …)
 * @param percentBasis  SURVEY answers or ADMINISTRATIVE records; PERCENT only
 * @param cumulative    延べ: in-year increments add up, and in-year they are judged pro rata
 * @param scale         for scores, the top of the scale (5点満点 = 5)
 * @param areas         for coverage (全地域, 全小学校区, 全校 …), the members of the list: the plan document's
 *                      {@code areas.names}, whatever the unit calls them
 * @param milestone     what a milestone asks for and by when; milestones only
 */
public record TargetSpec(
        String planKey,
        String code,
        MeasureKind kind,
        Direction direction,
        BigDecimal threshold,
        Integer decimals,
        String unit,
        PercentBasis percentBasis,
        boolean cumulative,
        Integer scale,
        BaselineSpec baseline,
        List<String> areas,
        Milestone milestone) {

    /** Where a PERCENT figure comes from; only survey ratios get a confidence interval. */
    public enum PercentBasis {
        SURVEY, ADMINISTRATIVE
    }

    /**
     * What a milestone asks for, e.g. "避難対策（暫定案）を策定", and the last day it may be done (令和２年度末までに =
     * 2021-03-31), or null when the wording sets no deadline.
     */
    public record Milestone(String what, LocalDate due) {

        /** Whether the deadline has passed by the end of {@code on}. */
        boolean overdueOn(LocalDate on) {
            return due != null && on != null && on.isAfter(due);
        }
    }

    public TargetSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        areas = areas == null ? List.of() : List.copyOf(areas);
        boolean numeric = kind == MeasureKind.PERCENT || kind == MeasureKind.COUNT || kind == MeasureKind.SCORE;
        if (numeric && direction == null) {
            throw new IllegalArgumentException(code + ": a " + kind + " target needs a direction");
        }
        if (numeric && threshold == null && (baseline == null || !baseline.isPending())) {
            throw new IllegalArgumentException(code
                    + ": threshold may be null only for a previous-year (前年度, 前年同時期) baseline");
        }
        if (kind == MeasureKind.AREA_COVERAGE && areas.isEmpty()) {
            throw new IllegalArgumentException(code + ": coverage (全" + unit + ") needs the plan's list of members");
        }
    }

    /** The precision at which actuals are rounded before comparison. */
    int precision() {
        if (decimals != null) {
            return decimals;
        }
        return threshold == null ? 0 : Math.max(0, threshold.scale());
    }

    /** What a coverage target's members are called: its unit (小学校区, 校 …), 地域 when unstated. */
    public String coverageList() {
        return unit == null || unit.isBlank() ? "地域" : unit;
    }

    /** The same in English, plural: areas, primary school districts, schools … */
    public String coverageListEn() {
        return Wording.listEn(coverageList());
    }

    /** Coverage (全地域) has no stated direction; "every member" can only be reached from below. */
    Direction effectiveDirection() {
        return kind == MeasureKind.AREA_COVERAGE ? Direction.AT_LEAST : direction;
    }

    boolean isSurveyRatio() {
        return kind == MeasureKind.PERCENT && percentBasis == PercentBasis.SURVEY;
    }

    /** Judged against a pro-rata expectation in-year: 延べ counts and coverage (全地域) reached over the year. */
    boolean accruesOverYear() {
        return (kind == MeasureKind.COUNT && cumulative) || kind == MeasureKind.AREA_COVERAGE;
    }
}
