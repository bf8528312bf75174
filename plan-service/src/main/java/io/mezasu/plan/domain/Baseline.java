package io.mezasu.plan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target stated relative to an earlier figure. Three forms occur:
 * <ul>
 * <li>FIXED: {@code 30年度（52.1％）以上} — the baseline is in the plan and is the threshold;</li>
 * <li>FIXED_ADJUSTED: {@code 29年度件数（７件）の10％減の６件以下} — baseline 7, change -10 %,
 * computed 6.3, resolved by {@code rounding} to the threshold 6; both derivation and result are kept;</li>
 * <li>PREVIOUS_YEAR: {@code 前年度比2ポイント増}, {@code 前年度以上} — the previous fiscal year's final (year-end)
 * figure, still to be measured;</li>
 * <li>PREVIOUS_YEAR_SAME_PERIOD: {@code 前年同時期の0.3％増} — the previous year's figure of the same period, still to
 * be measured: the observation at or nearest before {@code periodDay} of the previous year when the plan states a
 * period (３月末現在 → 31 March), else the previous year's latest;
 * {@code incrementUnit} records whether 0.3 is percentage points or a relative increase.</li>
 * </ul>
 *
 * @param periodDay the day the stated period ends (３月末 = --03-31, ２月末 = --02-29, read as the 28th in other
 *                  years); PREVIOUS_YEAR_SAME_PERIOD only, optional and omitted when the plan states no period
 */
public record Baseline(
        Type type,
        Integer fiscalYear,
        BigDecimal value,
        BigDecimal changePercent,
        BigDecimal computed,
        Rounding rounding,
        BigDecimal increment,
        IncrementUnit incrementUnit,
        String period,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) MonthDay periodDay) {

    /** 3月末, ９月末時点, 3月31日現在 (normalized digits): a month with its last day, or a month and a day. */
    private static final Pattern PERIOD_DAY = Pattern.compile("(1[0-2]|0?[1-9])月(?:(3[01]|[12][0-9]|0?[1-9])日|末)");

    public Baseline(Type type, Integer fiscalYear, BigDecimal value, BigDecimal changePercent, BigDecimal computed,
            Rounding rounding, BigDecimal increment, IncrementUnit incrementUnit, String period, String text) {
        this(type, fiscalYear, value, changePercent, computed, rounding, increment, incrementUnit, period, text, null);
    }

    public enum Type {
        FIXED, FIXED_ADJUSTED, PREVIOUS_YEAR, PREVIOUS_YEAR_SAME_PERIOD;

        /** Measured, not stated: the threshold is unknown until the previous year's figure is in. */
        public boolean pending() {
            return this == PREVIOUS_YEAR || this == PREVIOUS_YEAR_SAME_PERIOD;
        }
    }

    /**
     * The day a stated period ends, from normalized text: 3月末 → --03-31, 2月末 → --02-29 (a leap day: in other
     * years it reads as the 28th), 9月30日 → --09-30. Empty when the text names no month.
     */
    public static Optional<MonthDay> periodDayOf(String normalized) {
        Matcher m = normalized == null ? null : PERIOD_DAY.matcher(normalized);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        Month month = Month.of(Integer.parseInt(m.group(1)));
        int day = m.group(2) == null ? month.maxLength() : Integer.parseInt(m.group(2));
        return day > month.maxLength() ? Optional.empty() : Optional.of(MonthDay.of(month, day));
    }

    /** How a computed figure becomes the whole number the plan states. */
    public enum Rounding {
        FLOOR(RoundingMode.FLOOR), CEILING(RoundingMode.CEILING), HALF_UP(RoundingMode.HALF_UP);

        private final RoundingMode mode;

        Rounding(RoundingMode mode) {
            this.mode = mode;
        }

        public RoundingMode mode() {
            return mode;
        }
    }

    /** POINTS: 50.0 % + 0.3 = 50.3 %. PERCENT_OF_BASELINE: 50.0 % × 1.003 = 50.15 %. */
    public enum IncrementUnit {
        POINTS, PERCENT_OF_BASELINE
    }

    /** value × (1 + changePercent / 100), exact. */
    public BigDecimal derived() {
        return value.multiply(BigDecimal.ONE.add(changePercent.movePointLeft(2)));
    }
}
