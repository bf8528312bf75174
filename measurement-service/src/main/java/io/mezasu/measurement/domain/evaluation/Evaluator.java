package io.mezasu.measurement.domain.evaluation;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates one target. Pure and deterministic: no clock, input order does not matter, and equal
 * inputs give equal {@link Evaluation}s.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param observations the observations in effect for this target, of any fiscal year: those of the
     *                     plan's year are the actuals, those of the year before feed a 前年同時期 baseline,
     *                     others are ignored
     * @throws IllegalArgumentException when an observation's reading does not fit the target's kind
     */
    public static Evaluation evaluate(TargetSpec spec, FiscalPeriod period, List<Observation> observations,
            EvaluationMode mode) {
        List<Observation> current = ofYear(observations, period.year());
        Optional<Actual> found = ActualDerivation.derive(spec, current);
        if (found.isEmpty()) {
            return noData(spec, period, mode, observations.size());
        }
        Actual actual = found.get();
        if (spec.kind() == MeasureKind.MILESTONE) {
            return milestone(spec, mode, actual);
        }
        Threshold threshold = Threshold.resolve(spec, ofYear(observations, period.year() - 1), period.year());
        if (threshold.value() == null) {
            return baselinePending(spec, mode, actual, threshold);
        }
        return NumericJudgement.judge(spec, period, mode, actual, threshold);
    }

    private static List<Observation> ofYear(List<Observation> observations, int fiscalYear) {
        return observations.stream()
                .filter(o -> o.fiscalYear() == fiscalYear)
                .sorted(Observation.CHRONOLOGICAL)
                .collect(Collectors.toList());
    }

    private static Evaluation noData(TargetSpec spec, FiscalPeriod period, EvaluationMode mode, int ignored) {
        String formula = "no observation for FY" + period.year()
                + (ignored > 0 ? " (" + ignored + " of other years ignored)" : "");
        return new Evaluation(spec.code(), mode, Status.NO_DATA, null, null, null, null, null, null, null, null,
                new Explanation(List.of(), null, formula));
    }

    private static Evaluation milestone(TargetSpec spec, EvaluationMode mode, Actual actual) {
        Status status = switch (actual.state()) {
            case DONE -> Status.DONE;
            case IN_PROGRESS -> Status.IN_PROGRESS;
            case NOT_DONE -> Status.NOT_DONE;
        };
        String formula = actual.derivation() + (spec.milestone() == null ? "" : "; milestone: " + spec.milestone());
        return new Evaluation(spec.code(), mode, status, OsakaLabel.of(status, mode), null, null, null, null, null,
                null, null, new Explanation(actual.ids(), null, formula));
    }

    /** The actual is still reported: the ward wants this year's figure even before last year's is in. */
    private static Evaluation baselinePending(TargetSpec spec, EvaluationMode mode, Actual actual, Threshold threshold) {
        var rounded = actual.value().setScale(spec.precision(), RoundingMode.HALF_UP);
        String formula = actual.derivation() + "; half-up to " + Numbers.decimals(spec.precision()) + " = "
                + rounded.toPlainString() + "; " + threshold.text();
        return new Evaluation(spec.code(), mode, Status.BASELINE_PENDING, null, rounded, actual.value(), null, null,
                null, null, null, new Explanation(actual.ids(), null, formula));
    }
}
