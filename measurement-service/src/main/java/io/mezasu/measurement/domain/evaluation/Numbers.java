package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number rendering for formulas: plain, no trailing zeros, long fractions shortened with "≈". */
final class Numbers {

    private static final int SHOWN_DECIMALS = 4;

    private Numbers() {
    }

    static String show(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > SHOWN_DECIMALS) {
            return "≈" + plain.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    static String decimals(int n) {
        return n == 1 ? "1 decimal" : n + " decimals";
    }
}
