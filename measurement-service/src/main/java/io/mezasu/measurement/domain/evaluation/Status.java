package io.mezasu.measurement.domain.evaluation;

/** The outcome of one evaluation. */
public enum Status {
    /** 年度末, target met. */
    ACHIEVED,
    /** 年度末, target missed. */
    NOT_ACHIEVED,
    /** In-year, on course. */
    ON_TRACK,
    /** In-year, off course. */
    BEHIND,
    /** No observation of the plan's year: the actual is null, never 0. */
    NO_DATA,
    /** 前年度 / 前年同時期 not known yet: the actual is known, the threshold is not. */
    BASELINE_PENDING,
    /** Milestone reached (both modes). */
    DONE,
    /** Milestone under way (both modes). */
    IN_PROGRESS,
    /** Milestone not started (both modes). */
    NOT_DONE;

    /** Whether the target can be judged at all; rollups leave the others out. */
    public boolean isAssessable() {
        return this != NO_DATA && this != BASELINE_PENDING;
    }

    /** Counted as met by rollups. */
    public boolean isMet() {
        return this == ACHIEVED || this == ON_TRACK || this == DONE;
    }
}
