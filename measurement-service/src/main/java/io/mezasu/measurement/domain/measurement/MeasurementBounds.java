package io.mezasu.measurement.domain.measurement;

import java.math.BigDecimal;

/**
 * The one place for what a figure may be, per measurement kind; documented in docs/api-guide.md. Anything beyond
 * is a typing mistake or an attack, never a ward's real figure: Minato has about 80,000 residents.
 */
public final class MeasurementBounds {

    /** A COUNT's value (件, 人, 団体 …): at most 10^12. */
    public static final BigDecimal MAX_COUNT = BigDecimal.TEN.pow(12);
    /** A ratio's or survey's denominator (valid answers, capacity): at most 10^9; the numerator is below it. */
    public static final long MAX_DENOMINATOR = 1_000_000_000L;
    /** A SCORE's number of ratings: at most 10^9. */
    public static final long MAX_RATINGS = 1_000_000_000L;
    /** A SCORE's scale (5点満点 = 5): 1 to 100. */
    public static final int MAX_SCALE = 100;
    /** Decimal places a count or score may state. */
    public static final int MAX_DECIMALS = 6;
    /** Fiscal years (年度) Mezasu can hold: 1900 to 2200. */
    public static final int MIN_FISCAL_YEAR = 1900;
    public static final int MAX_FISCAL_YEAR = 2200;

    private MeasurementBounds() {
    }
}
