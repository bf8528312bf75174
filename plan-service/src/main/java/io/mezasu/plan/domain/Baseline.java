package io.mezasu.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target stated relative to an earlier figure. Three forms occur:
 * <ul>
 * <li>FIXED: {@code 30年度（52.1％）以上} — the baseline is in the plan and is the threshold;</li>
 * <li>FIXED_ADJUSTED: {@code 29年度件数（７件）の10％減の６件以下} — baseline 7, change -10 %,
 * computed 6.3, resolved by {@code rounding} to the threshold 6; both derivation and result are kept;</li>
 * <li>PREVIOUS_YEAR_SAME_PERIOD: {@code 前年同時期の0.3％増} — the baseline is still to be measured,
 * and {@code incrementUnit} records whether 0.3 is percentage points or a relative increase.</li>
 * </ul>
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
        String text) {

    public enum Type {
        FIXED, FIXED_ADJUSTED, PREVIOUS_YEAR_SAME_PERIOD
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
