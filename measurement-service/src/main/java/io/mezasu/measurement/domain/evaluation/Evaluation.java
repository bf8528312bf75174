package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The judgement of one target. A pure value: the same inputs give an equal evaluation, so the caller
 * can tell "the evaluation changed" with {@code equals}.
 *
 * @param osakaLabel       順調 / 順調でない / 達成 / 未達成; null for NO_DATA and BASELINE_PENDING
 * @param actual           the actual rounded HALF_UP at the target's stated decimals; null for NO_DATA and milestones
 * @param exactActual      the actual before rounding
 * @param target           the threshold (resolved from a 前年度 / 前年同時期 baseline where there is one), or the
 *                         number of areas for 全地域
 * @param expected         the pro-rata expectation; in-year 延べ (≥) and 全地域 only
 * @param progressPercent  進捗率: actual ÷ target × 100, mirrored for ≤ targets, 1 decimal
 * @param projectedYearEnd in-year 延べ counts only: actual ÷ elapsed fraction
 * @param confidence       survey ratios only
 * @param proRataOn        the day whose share of the year {@code expected} and {@code projectedYearEnd} are taken at:
 *                         the evaluation date, or the latest observation if later; null where nothing is pro rata
 * @param sentence         what was found, in one plain sentence in Japanese and in English
 */
public record Evaluation(
        String targetCode,
        EvaluationMode mode,
        Status status,
        OsakaLabel osakaLabel,
        BigDecimal actual,
        BigDecimal exactActual,
        BigDecimal target,
        BigDecimal expected,
        BigDecimal progressPercent,
        BigDecimal projectedYearEnd,
        Confidence confidence,
        Explanation explanation,
        LocalDate proRataOn,
        Sentence sentence) {

    /** The same evaluation, saying so in {@code words}. */
    Evaluation withSentence(Sentence words) {
        return new Evaluation(targetCode, mode, status, osakaLabel, actual, exactActual, target, expected,
                progressPercent, projectedYearEnd, confidence, explanation, proRataOn, words);
    }
}
