package io.mezasu.plan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a target is measured and judged. Every target of a published plan has one; none is left as
 * free text. Which fields apply depends on {@link MeasureKind}; {@link PlanValidator} checks that.
 *
 * @param direction       以上 (AT_LEAST) or 以下 (AT_MOST); null only for milestones
 * @param directionStated false where the plan omits 以上/以下 (e.g. "５施設") and AT_LEAST was read in
 * @param threshold       the figure as published; null for milestones, 全地域 and not-yet-measured baselines
 * @param decimals        the stated precision: "38.3" has 1, "85" and "7割" have 0
 * @param unit            ％, a counter word (件, 団体・個人, 施設, 箇所, か所, 校, 品), 点 or 地域
 * @param cumulative      延べ: in-year increments add up
 * @param scale           for scores, the top of the scale (5点満点 = 5)
 * @param itemBaseline    for counts of items judged against their own earlier figure (…を基準として改善している学校数);
 *                        null otherwise. Optional in JSON: documents without it read as null
 * @param strict          未満 / 超 / 上回る: the figure itself does not meet the target; omitted (null) for 以上 / 以下.
 *                        Optional and additive: published plans without it are unchanged.
 */
public record TargetRule(
        MeasureKind kind,
        Direction direction,
        Boolean directionStated,
        BigDecimal threshold,
        Integer decimals,
        String unit,
        PercentBasis percentBasis,
        boolean cumulative,
        Integer scale,
        Baseline baseline,
        Milestone milestone,
        DataSource dataSource,
        ItemBaseline itemBaseline,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean strict) {

    public enum MeasureKind {
        /** A survey ratio or an administrative ratio, in percent. */
        PERCENT,
        /** A count with the plan's counter word. */
        COUNT,
        /** A mean score on a stated scale. */
        SCORE,
        /** 全地域: every area of the plan's list. */
        AREA_COVERAGE,
        /** Qualitative: something is drawn up (策定), carried out (実施), grasped (把握), promoted (促進). */
        MILESTONE
    }

    public enum Direction {
        AT_LEAST, AT_MOST
    }

    /** Where a PERCENT figure comes from: answers to a questionnaire, or administrative records. */
    public enum PercentBasis {
        SURVEY, ADMINISTRATIVE
    }

    /**
     * What a milestone asks for: the verb (策定, 実施, …), the deliverable and, when the wording sets
     * a deadline (令和２年度末までに), the last day it may be done ({@code due}); after it an undone
     * milestone is NOT_DONE. {@code due} is optional and omitted when absent.
     */
    public record Milestone(String action, String deliverable,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due) {

        public Milestone(String action, String deliverable) {
            this(action, deliverable, null);
        }
    }

    /** The data source as the plan names it (or as it was read, when {@code stated} is false). */
    public record DataSource(SourceKind kind, String name, Boolean stated) {
    }

    public enum SourceKind {
        RESIDENT_SURVEY, MEMBER_SURVEY, PARTICIPANT_SURVEY, ADMINISTRATIVE_RECORD, EXTERNAL_ASSESSMENT
    }

    public boolean hasPendingBaseline() {
        return baseline != null && baseline.type() != null && baseline.type().pending();
    }
}
