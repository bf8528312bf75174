package io.mezasu.measurement.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalPeriodTest {

    private static final FiscalPeriod FY2019 = FiscalPeriod.of(2019);

    @Test
    void runsAprilToMarch() {
        assertEquals(LocalDate.of(2019, 4, 1), FY2019.start());
        assertEquals(LocalDate.of(2020, 3, 31), FY2019.end());
        assertTrue(FY2019.contains(LocalDate.of(2020, 3, 31)));
        assertFalse(FY2019.contains(LocalDate.of(2019, 3, 31)));
        assertFalse(FY2019.contains(LocalDate.of(2020, 4, 1)));
    }

    /** Months elapsed by the end of the day = whole months + day ÷ days in the month. */
    @ParameterizedTest(name = "{0} → {1} + {2}/{3} months")
    @CsvSource({
            "2019-08-31, 4, 31, 31",
            "2019-04-01, 0, 1, 30",
            "2019-04-15, 0, 15, 30",
            "2019-04-30, 0, 30, 30",
            "2019-09-15, 5, 15, 30",
            "2019-12-10, 8, 10, 31",
            // 2020 is a leap year: February has 29 days
            "2020-02-15, 10, 15, 29",
            "2020-02-29, 10, 29, 29",
            "2020-03-31, 11, 31, 31"})
    void elapsedMonths(LocalDate date, int whole, int day, int daysInMonth) {
        BigDecimal months = BigDecimal.valueOf(whole)
                .add(BigDecimal.valueOf(day).divide(BigDecimal.valueOf(daysInMonth), MathContext.DECIMAL64));
        assertClose(months, FY2019.elapsedMonths(date));
        assertClose(months.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64), FY2019.elapsedFraction(date));
    }

    @Test
    void endOfAugustIsFiveTwelfths() {
        BigDecimal fraction = FY2019.elapsedFraction(LocalDate.of(2019, 8, 31));
        assertClose(new BigDecimal(5).divide(new BigDecimal(12), MathContext.DECIMAL64), fraction);
        // 4,400件 by March ≈ 1,833.3 by the end of August
        assertEquals(new BigDecimal("1833.3"), new BigDecimal(4400).multiply(fraction).setScale(1, RoundingMode.HALF_UP));
    }

    @Test
    void clampsOutsideThePeriod() {
        assertEquals(0, FY2019.elapsedFraction(LocalDate.of(2019, 3, 31)).signum());
        assertEquals(0, BigDecimal.ONE.compareTo(FY2019.elapsedFraction(LocalDate.of(2020, 3, 31))));
        assertEquals(0, BigDecimal.ONE.compareTo(FY2019.elapsedFraction(LocalDate.of(2020, 6, 1))));
    }

    @Test
    void rejectsPeriodsThatAreNotTwelveWholeMonths() {
        assertThrows(IllegalArgumentException.class,
                () -> new FiscalPeriod(2019, LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 30)));
        assertThrows(IllegalArgumentException.class,
                () -> new FiscalPeriod(2019, LocalDate.of(2019, 4, 2), LocalDate.of(2020, 4, 1)));
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual) {
        assertTrue(expected.subtract(actual).abs().compareTo(new BigDecimal("1e-12")) <= 0,
                "expected " + expected + " but was " + actual);
    }
}
