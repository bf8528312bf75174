package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 進捗率, in percent with 1 decimal, from the rounded (published) actual so that "met" reads ≥ 100.0.
 * ≥ targets: actual ÷ target × 100. ≤ targets: target ÷ actual × 100. Where the division is by zero
 * the outcome is the best possible one (a ≤ target with actual 0, a ≥ target of 0), reported as 100.0
 * rather than as an infinite or missing rate.
 */
final class Progress {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FULL = new BigDecimal("100.0");

    private Progress() {
    }

    static BigDecimal percent(BigDecimal actual, BigDecimal target, Direction direction) {
        BigDecimal numerator = direction.upward() ? actual : target;
        BigDecimal denominator = direction.upward() ? target : actual;
        if (denominator.signum() == 0) {
            return FULL;
        }
        return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL128)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
