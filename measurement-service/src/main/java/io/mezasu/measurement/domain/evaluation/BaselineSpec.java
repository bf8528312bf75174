package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A target stated relative to an earlier figure (基準値).
 * <ul>
 * <li>FIXED: {@code 30年度（52.1％）以上}: value 52.1, already the threshold;</li>
 * <li>FIXED_ADJUSTED: {@code 29年度件数（７件）の10％減の６件以下}: value 7, threshold 6 already resolved;</li>
 * <li>PREVIOUS_YEAR_SAME_PERIOD: {@code 前年同時期の0.3％増}: value unknown until last year is measured;
 * the threshold is that figure plus {@code increment}.</li>
 * </ul>
 *
 * @param value     the baseline as the plan states it; null for PREVIOUS_YEAR_SAME_PERIOD
 * @param increment the stated change (0.3); only for PREVIOUS_YEAR_SAME_PERIOD
 */
public record BaselineSpec(Type type, BigDecimal value, BigDecimal increment, IncrementUnit incrementUnit) {

    public enum Type {
        FIXED, FIXED_ADJUSTED, PREVIOUS_YEAR_SAME_PERIOD
    }

    /** POINTS: 50.0 % + 0.3 = 50.3 %. PERCENT_OF_BASELINE: 50.0 % × 1.003 = 50.15 %. */
    public enum IncrementUnit {
        POINTS, PERCENT_OF_BASELINE
    }

    public BaselineSpec {
        Objects.requireNonNull(type, "type");
        if (type == Type.PREVIOUS_YEAR_SAME_PERIOD && (increment == null || incrementUnit == null)) {
            throw new IllegalArgumentException("前年同時期 baseline needs increment and incrementUnit");
        }
    }

    public static BaselineSpec fixed(BigDecimal value) {
        return new BaselineSpec(Type.FIXED, value, null, null);
    }

    public static BaselineSpec fixedAdjusted(BigDecimal value) {
        return new BaselineSpec(Type.FIXED_ADJUSTED, value, null, null);
    }

    public static BaselineSpec previousYearSamePeriod(BigDecimal increment, IncrementUnit unit) {
        return new BaselineSpec(Type.PREVIOUS_YEAR_SAME_PERIOD, null, increment, unit);
    }

    public boolean isPending() {
        return type == Type.PREVIOUS_YEAR_SAME_PERIOD;
    }

    /** The threshold once last year's figure is known; exact, not rounded. */
    BigDecimal thresholdFrom(BigDecimal measured) {
        return switch (incrementUnit) {
            case POINTS -> measured.add(increment);
            case PERCENT_OF_BASELINE -> measured.multiply(
                    BigDecimal.ONE.add(increment.movePointLeft(2)), MathContext.DECIMAL128);
        };
    }

    /** @param published last year's figure at the stated precision, shown as such ("50.0", not "50") */
    String describe(BigDecimal published) {
        return switch (incrementUnit) {
            case POINTS -> published.toPlainString() + " + " + Numbers.show(increment) + " points";
            case PERCENT_OF_BASELINE -> published.toPlainString() + " × (1 + " + Numbers.show(increment) + " %)";
        };
    }
}
