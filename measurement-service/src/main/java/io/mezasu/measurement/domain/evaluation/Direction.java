package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;

/**
 * Which side of the threshold meets the target, and whether the threshold itself does: 以上 (AT_LEAST) and 以下
 * (AT_MOST) include it, as the Japanese words do; 超 (MORE_THAN) and 未満 (LESS_THAN) do not. The plan publishes
 * the strict ones as {@code direction} plus {@code strict: true}.
 */
public enum Direction {
    AT_LEAST(true, true, "≥", "<", "以上", "at least"),
    MORE_THAN(true, false, ">", "≤", "超", "more than"),
    AT_MOST(false, true, "≤", ">", "以下", "at most"),
    LESS_THAN(false, false, "<", "≥", "未満", "less than");

    private final boolean upward;
    private final boolean inclusive;
    private final String metSymbol;
    private final String missedSymbol;
    private final String ja;
    private final String en;

    Direction(boolean upward, boolean inclusive, String metSymbol, String missedSymbol, String ja, String en) {
        this.upward = upward;
        this.inclusive = inclusive;
        this.metSymbol = metSymbol;
        this.missedSymbol = missedSymbol;
        this.ja = ja;
        this.en = en;
    }

    /** The direction a published rule states: its {@code direction} (AT_LEAST, AT_MOST) and {@code strict}. */
    public static Direction of(String published, boolean strict) {
        Direction stated = valueOf(published);
        if (!strict || !stated.inclusive) {
            return stated;
        }
        return stated == AT_LEAST ? MORE_THAN : LESS_THAN;
    }

    /** Higher is better (以上, 超). */
    public boolean upward() {
        return upward;
    }

    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        if (c == 0) {
            return inclusive;
        }
        return upward == c > 0;
    }

    /** The relation that actually holds, for formulas: "41.2 ≥ 38.3", "38.2 < 38.3" or "50.0 ≤ 50.0" (超). */
    String relation(BigDecimal value, BigDecimal threshold) {
        return meets(value, threshold) ? metSymbol : missedSymbol;
    }

    /** The word after the figure in the plan: 以上, 超, 以下, 未満. */
    public String ja() {
        return ja;
    }

    /** The words before the figure in English: "at least", "more than", "at most", "less than". */
    public String en() {
        return en;
    }
}
