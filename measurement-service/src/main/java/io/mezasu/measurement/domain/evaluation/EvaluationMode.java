package io.mezasu.measurement.domain.evaluation;

/** When the evaluation is made. */
public enum EvaluationMode {
    /** 中間振り返り: during the year; 延べ counts and 全地域 are judged pro rata. */
    IN_YEAR,
    /** 年度末: on the final figures. */
    YEAR_END
}
