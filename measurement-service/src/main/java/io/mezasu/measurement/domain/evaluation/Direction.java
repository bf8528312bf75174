package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;

/** 以上 (AT_LEAST) or 以下 (AT_MOST). Boundaries are inclusive, as the Japanese words are. */
public enum Direction {
    AT_LEAST("≥", "<"),
    AT_MOST("≤", ">");

    private final String metSymbol;
    private final String missedSymbol;

    Direction(String metSymbol, String missedSymbol) {
        this.metSymbol = metSymbol;
        this.missedSymbol = missedSymbol;
    }

    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }

    /** The relation that actually holds, for formulas: "41.2 ≥ 38.3" or "38.2 < 38.3". */
    String relation(BigDecimal value, BigDecimal threshold) {
        return meets(value, threshold) ? metSymbol : missedSymbol;
    }
}
