/**
 * Target evaluation (業績目標の評価), free of any framework.
 * <p>
 * {@link io.mezasu.measurement.domain.evaluation.Evaluator} turns a target's rule and the observations in effect
 * into an {@link io.mezasu.measurement.domain.evaluation.Evaluation}:
 * <ul>
 * <li>the actual comes from the plan year's observations, latest by observedOn then recordedAt;
 * 延べ counts add the increments observed after the latest running total; 全地域 unions the areas of
 * the plan's list; no observation is NO_DATA, never 0;</li>
 * <li>the actual is rounded HALF_UP to the stated decimals before comparison (38.25 meets 38.3, 38.2 does not);</li>
 * <li>in-year, 延べ counts (≥) and 全地域 are judged against threshold × elapsed months ÷ 12 on the evaluation
 * date (never earlier than the latest observation); everything else, ≤ counts included, against the threshold
 * itself; {@link io.mezasu.measurement.domain.evaluation.Staleness} tells which evaluations a later day changes;</li>
 * <li>前年度 (PREVIOUS_YEAR) thresholds come from the followed plan's final evaluation, else the latest observation
 * of the year before; 前年同時期 thresholds from the observation at or nearest before the stated day of the year
 * before (the followed plan's, else the target's own); rounded as published, plus the increment; until then the
 * status is BASELINE_PENDING ({@link io.mezasu.measurement.domain.evaluation.PreviousYearBaseline});</li>
 * <li>survey ratios carry a Wilson 95 % interval and say whether the threshold lies inside it;</li>
 * <li>every evaluation says what it found in one sentence, Japanese and English
 * ({@link io.mezasu.measurement.domain.evaluation.Sentence}).</li>
 * </ul>
 * {@link io.mezasu.measurement.domain.evaluation.Rollup} counts statuses and the achievement rate of a group.
 */
package io.mezasu.measurement.domain.evaluation;
