package io.mezasu.measurement.domain.evaluation;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one target. Pure and deterministic: no clock (the evaluation date is an argument), input order
 * does not matter, and equal inputs give equal {@link Evaluation}s.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param observations the observations in effect for this target, of any fiscal year: those of the
     *                     plan's year are the actuals, those of the year before feed a 前年度/前年同時期 baseline,
     *                     others are ignored
     * @throws IllegalArgumentException when an observation's reading does not fit the target's kind
     */
    public static Evaluation evaluate(TargetSpec spec, FiscalPeriod period, List<Observation> observations,
            EvaluationMode mode) {
        return evaluate(spec, period, observations, mode, null);
    }

    /**
     * @param on the evaluation date (評価日): in-year, 延べ counts and 全地域 are compared with the share of the
     *           year elapsed by the end of this day, so a count whose reports stopped in June falls behind as
     *           the months pass. A later latest observation wins (a figure is never judged against less of
     *           the year than it covers); null means the latest observation's day.
     */
    public static Evaluation evaluate(TargetSpec spec, FiscalPeriod period, List<Observation> observations,
            EvaluationMode mode, LocalDate on) {
        return evaluate(spec, period, observations, mode, on, null);
    }

    /**
     * @param prior the previous year as the followed plan (前年度の運営方針) knows it; null when the plan follows none.
     *              A previous-year baseline is taken from it before this target's own previous-year observations.
     */
    public static Evaluation evaluate(TargetSpec spec, FiscalPeriod period, List<Observation> observations,
            EvaluationMode mode, LocalDate on, PriorYear prior) {
        Evaluation judged = judge(spec, period, observations, mode, on, prior);
        // A milestone says its own sentence: only its judgement knows whether the deadline had passed.
        return judged.sentence() != null ? judged : judged.withSentence(Sentences.of(spec, period, judged));
    }

    private static Evaluation judge(TargetSpec spec, FiscalPeriod period, List<Observation> observations,
            EvaluationMode mode, LocalDate on, PriorYear prior) {
        List<Observation> current = ofYear(observations, period.year());
        Optional<Actual> found = ActualDerivation.derive(spec, current);
        if (found.isEmpty()) {
            return noData(spec, period, mode, observations.size());
        }
        Actual actual = found.get();
        if (spec.kind() == MeasureKind.MILESTONE) {
            return milestone(spec, mode, actual, on == null || on.isBefore(actual.asOf()) ? actual.asOf() : on);
        }
        Threshold threshold = Threshold.resolve(spec, ofYear(observations, period.year() - 1), period.year(),
                prior);
        if (threshold.value() == null) {
            return baselinePending(spec, mode, actual, threshold);
        }
        LocalDate proRataOn = on == null || on.isBefore(actual.asOf()) ? actual.asOf() : on;
        return NumericJudgement.judge(spec, period, mode, actual, threshold, proRataOn);
    }

    /** The year's observations, oldest first; a list already in that order (a {@link Timeline}'s) is not sorted. */
    private static List<Observation> ofYear(List<Observation> observations, int fiscalYear) {
        List<Observation> year = new ArrayList<>();
        boolean ordered = true;
        for (Observation o : observations) {
            if (o.fiscalYear() == fiscalYear) {
                ordered &= year.isEmpty() || Observation.CHRONOLOGICAL.compare(year.get(year.size() - 1), o) <= 0;
                year.add(o);
            }
        }
        if (!ordered) {
            year.sort(Observation.CHRONOLOGICAL);
        }
        return year;
    }

    private static Evaluation noData(TargetSpec spec, FiscalPeriod period, EvaluationMode mode, int ignored) {
        String formula = "no observation for FY" + period.year()
                + (ignored > 0 ? " (" + ignored + " of other years ignored)" : "");
        return new Evaluation(spec.code(), mode, Status.NO_DATA, null, null, null, null, null, null, null, null,
                new Explanation(List.of(), null, formula), null, null);
    }

    /**
     * A milestone is judged by the state reported, except that once its deadline (期限) has passed by
     * {@code judgedOn} anything short of DONE is NOT_DONE: work still under way is then late, not on track.
     */
    private static Evaluation milestone(TargetSpec spec, EvaluationMode mode, Actual actual, LocalDate judgedOn) {
        TargetSpec.Milestone milestone = spec.milestone();
        boolean overdue = actual.state() != Reading.MilestoneState.DONE && milestone != null
                && milestone.overdueOn(judgedOn);
        Status status = overdue ? Status.NOT_DONE : switch (actual.state()) {
            case DONE -> Status.DONE;
            case IN_PROGRESS -> Status.IN_PROGRESS;
            case NOT_DONE -> Status.NOT_DONE;
        };
        String formula = actual.derivation() + (milestone == null ? "" : "; milestone: " + milestone.what())
                + (milestone == null || milestone.due() == null ? "" : "; due " + milestone.due()
                        + (overdue ? ", passed by " + judgedOn + ": " + Status.NOT_DONE : ""));
        Evaluation judged = new Evaluation(spec.code(), mode, status, OsakaLabel.of(status, mode), null, null, null,
                null, null, null, null, new Explanation(actual.ids(), null, formula), null, null);
        return judged.withSentence(Sentences.milestone(spec, judged, overdue));
    }

    /** The actual is still reported: the ward wants this year's figure even before last year's is in. */
    private static Evaluation baselinePending(TargetSpec spec, EvaluationMode mode, Actual actual, Threshold threshold) {
        var rounded = actual.value().setScale(spec.precision(), RoundingMode.HALF_UP);
        String formula = actual.derivation() + "; half-up to " + Numbers.decimals(spec.precision()) + " = "
                + rounded.toPlainString() + "; " + threshold.text();
        return new Evaluation(spec.code(), mode, Status.BASELINE_PENDING, null, rounded, actual.value(), null, null,
                null, null, null, new Explanation(actual.ids(), null, formula), null, null);
    }
}
