package io.mezasu.measurement.domain.evaluation;

/** How a target (業績目標) is measured; decides which {@link Reading} its observations carry. */
public enum MeasureKind {
    /** A survey ratio or an administrative ratio (e.g. 充足率), in percent. */
    PERCENT,
    /** A count with the plan's counter word (件, 施設, 団体・個人, …); 延べ when cumulative. */
    COUNT,
    /** A mean score on a stated scale (5点満点). */
    SCORE,
    /** 全地域: every area of the plan's list. */
    AREA_COVERAGE,
    /** Qualitative: something is drawn up (策定), carried out (実施), grasped (把握), promoted (促進). */
    MILESTONE
}
