package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Judges a numeric actual (PERCENT, COUNT, SCORE, coverage) against a known threshold, 以上/超/以下/未満. */
final class NumericJudgement {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private NumericJudgement() {
    }

    /** @param proRataOn the day in-year expectations and projections take their share of the year at */
    static Evaluation judge(TargetSpec spec, FiscalPeriod period, EvaluationMode mode, Actual actual, Threshold threshold,
            LocalDate proRataOn) {
        int decimals = spec.precision();
        // Compare the figure as it would be published: Osaka reads 38.2 against 38.3 as missed.
        BigDecimal rounded = actual.value().setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal target = threshold.value();
        Direction direction = spec.effectiveDirection();
        boolean inYear = mode == EvaluationMode.IN_YEAR;

        List<String> formula = new ArrayList<>();
        formula.add(actual.derivation());
        formula.add("half-up to " + Numbers.decimals(decimals) + " = " + rounded.toPlainString());
        if (threshold.text() != null) {
            formula.add(threshold.text());
        }

        BigDecimal expected = null;
        boolean met;
        // A ≤ count (incidents) has no "expected so far": any figure above the limit already breaks it.
        if (inYear && spec.accruesOverYear() && direction.upward()) {
            BigDecimal months = period.elapsedMonths(proRataOn);
            BigDecimal exactExpected = target.multiply(months).divide(MONTHS, MathContext.DECIMAL128);
            // 超 stays strict pro rata, so that in-year and year-end agree on a figure exactly at the line.
            met = direction.meets(rounded, exactExpected);
            expected = exactExpected.setScale(decimals + 1, RoundingMode.HALF_UP);
            formula.add("expected by " + proRataOn + ": " + Numbers.show(target) + " × "
                    + Numbers.show(months) + "/12 = " + Numbers.show(exactExpected) + "; "
                    + rounded.toPlainString() + " " + direction.relation(rounded, exactExpected) + " "
                    + Numbers.show(exactExpected));
        } else {
            met = direction.meets(rounded, target);
            formula.add(rounded.toPlainString() + " " + direction.relation(rounded, target) + " " + Numbers.show(target));
        }

        BigDecimal projected = null;
        boolean projects = inYear && spec.kind() == MeasureKind.COUNT && spec.cumulative();
        if (projects) {
            BigDecimal months = period.elapsedMonths(proRataOn);
            if (months.signum() > 0) {
                projected = actual.value().multiply(MONTHS).divide(months, MathContext.DECIMAL128)
                        .setScale(decimals, RoundingMode.HALF_UP);
                formula.add("projected year-end: " + Numbers.show(actual.value()) + " ÷ (" + Numbers.show(months)
                        + "/12) = " + projected.toPlainString());
            }
        }

        Confidence confidence = confidence(spec, actual, target, direction);
        Status status = inYear ? (met ? Status.ON_TRACK : Status.BEHIND) : (met ? Status.ACHIEVED : Status.NOT_ACHIEVED);
        return new Evaluation(spec.code(), mode, status, OsakaLabel.of(status, mode), rounded, actual.value(), target,
                expected, Progress.percent(rounded, target, direction), projected, confidence,
                new Explanation(actual.ids(), threshold.baseline(), String.join("; ", formula)),
                expected != null || projects ? proRataOn : null, null);
    }

    private static Confidence confidence(TargetSpec spec, Actual actual, BigDecimal target, Direction direction) {
        Reading.Ratio ratio = actual.ratio();
        if (!spec.isSurveyRatio() || ratio == null || ratio.numerator() > ratio.denominator()) {
            return null;
        }
        return WilsonInterval.of(ratio.numerator(), ratio.denominator()).against(target, direction);
    }
}
