package io.mezasu.measurement.review;

import io.mezasu.measurement.domain.evaluation.EvaluationMode;

/** The two review points of an Osaka ward's year, and the mode each judges its targets in. */
public enum ReviewKind {
    /** 中間振り返り, end of August: 順調 / 順調でない. */
    MIDYEAR(EvaluationMode.IN_YEAR),
    /** 年度末 self-evaluation, written the following June: 達成 / 未達成. */
    YEAR_END(EvaluationMode.YEAR_END);

    private final EvaluationMode mode;

    ReviewKind(EvaluationMode mode) {
        this.mode = mode;
    }

    public EvaluationMode mode() {
        return mode;
    }
}
