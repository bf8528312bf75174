package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A target stated relative to an earlier figure (基準値).
 * <ul>
 * <li>FIXED: {@code 30年度（52.1％）以上}: value 52.1, already the threshold;</li>
 * <li>FIXED_ADJUSTED: {@code 29年度件数（７件）の10％減の６件以下}: value 7, threshold 6 already resolved;</li>
 * <li>PREVIOUS_YEAR: {@code 前年度比2ポイント増}: the previous fiscal year's final (year-end) figure plus
 * {@code increment}, unknown until that year is measured;</li>
 * <li>PREVIOUS_YEAR_SAME_PERIOD: {@code 前年同時期の0.3％増}: the previous year's figure of the same period, i.e. the
 * latest at or before {@code periodDay} of the previous year (the latest of that year when no period is stated),
 * plus {@code increment}.</li>
 * </ul>
 *
 * @param value     the baseline as the plan states it; null for the previous-year kinds
 * @param increment the stated change (0.3); only for the previous-year kinds
 * @param periodDay the day the stated period ends (３月末現在 = --03-31); PREVIOUS_YEAR_SAME_PERIOD only, may be null
 */
public record BaselineSpec(Type type, BigDecimal value, BigDecimal increment, IncrementUnit incrementUnit,
        MonthDay periodDay) {

    public enum Type {
        FIXED, FIXED_ADJUSTED, PREVIOUS_YEAR, PREVIOUS_YEAR_SAME_PERIOD
    }

    /** POINTS: 50.0 % + 0.3 = 50.3 %. PERCENT_OF_BASELINE: 50.0 % × 1.003 = 50.15 %. */
    public enum IncrementUnit {
        POINTS, PERCENT_OF_BASELINE
    }

    public BaselineSpec {
        Objects.requireNonNull(type, "type");
        boolean previous = type == Type.PREVIOUS_YEAR || type == Type.PREVIOUS_YEAR_SAME_PERIOD;
        if (previous && (increment == null || incrementUnit == null)) {
            throw new IllegalArgumentException("a previous-year baseline needs increment and incrementUnit");
        }
        if (periodDay != null && type != Type.PREVIOUS_YEAR_SAME_PERIOD) {
            throw new IllegalArgumentException("only a 前年同時期 baseline names the day of its period");
        }
    }

    public BaselineSpec(Type type, BigDecimal value, BigDecimal increment, IncrementUnit incrementUnit) {
        this(type, value, increment, incrementUnit, null);
    }

    public static BaselineSpec fixed(BigDecimal value) {
        return new BaselineSpec(Type.FIXED, value, null, null);
    }

    public static BaselineSpec fixedAdjusted(BigDecimal value) {
        return new BaselineSpec(Type.FIXED_ADJUSTED, value, null, null);
    }

    public static BaselineSpec previousYear(BigDecimal increment, IncrementUnit unit) {
        return new BaselineSpec(Type.PREVIOUS_YEAR, null, increment, unit);
    }

    public static BaselineSpec previousYearSamePeriod(BigDecimal increment, IncrementUnit unit) {
        return previousYearSamePeriod(increment, unit, null);
    }

    public static BaselineSpec previousYearSamePeriod(BigDecimal increment, IncrementUnit unit, MonthDay periodDay) {
        return new BaselineSpec(Type.PREVIOUS_YEAR_SAME_PERIOD, null, increment, unit, periodDay);
    }

    /** Measured, not stated: the threshold is unknown until the previous year's figure is in. */
    public boolean isPending() {
        return type == Type.PREVIOUS_YEAR || type == Type.PREVIOUS_YEAR_SAME_PERIOD;
    }

    /**
     * The day of fiscal year {@code fiscalYear} that the stated period ends on: April to December fall in the year the
     * fiscal year starts, January to March in the next (３月末 of 2019年度 = 2020-03-31); 2月末 is the 29th in a leap
     * year and the 28th otherwise. Null when the plan states no period.
     */
    public LocalDate periodEndIn(int fiscalYear) {
        if (periodDay == null) {
            return null;
        }
        return periodDay.atYear(periodDay.getMonthValue() >= 4 ? fiscalYear : fiscalYear + 1);
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
