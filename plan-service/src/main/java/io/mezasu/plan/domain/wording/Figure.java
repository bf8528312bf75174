package io.mezasu.plan.domain.wording;

import java.math.BigDecimal;

/**
 * A figure (数値) as written: "4,400" is 4400 with 0 decimals, "55.0" is 55.0 with 1. The stated
 * precision matters: the evaluator rounds actuals to it before comparing.
 */
public record Figure(BigDecimal value) {

    /** Digits with optional thousands commas and a decimal part, after normalization. */
    public static final String PATTERN = "[0-9][0-9,]*(?:\\.[0-9]+)?";

    public static Figure parse(String digits) {
        return new Figure(new BigDecimal(digits.replace(",", "")));
    }

    public int decimals() {
        return Math.max(value.scale(), 0);
    }

    public boolean isWhole() {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
