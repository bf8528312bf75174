package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** 年度: April to March (2019年度 = 2019-04-01 … 2020-03-31), twelve whole months. */
public record FiscalPeriod(int year, LocalDate start, LocalDate end) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public FiscalPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        // Pro rata counts calendar months, so the period must be exactly twelve of them.
        if (start.getDayOfMonth() != 1 || !end.equals(start.plusMonths(12).minusDays(1))) {
            throw new IllegalArgumentException("a fiscal period is twelve whole months: " + start + " … " + end);
        }
    }

    public static FiscalPeriod of(int year) {
        LocalDate start = LocalDate.of(year, 4, 1);
        return new FiscalPeriod(year, start, start.plusYears(1).minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Months elapsed by the end of {@code date}: whole months plus the day share of the current one
     * (31 August = 5; 15 April = 0.5). 0 before the period, 12 after it.
     */
    public BigDecimal elapsedMonths(LocalDate date) {
        if (date.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        if (!date.isBefore(end)) {
            return MONTHS;
        }
        long whole = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
        BigDecimal dayShare = BigDecimal.valueOf(date.getDayOfMonth())
                .divide(BigDecimal.valueOf(date.lengthOfMonth()), MathContext.DECIMAL128);
        return BigDecimal.valueOf(whole).add(dayShare);
    }

    /** The pro-rata fraction: elapsed months ÷ 12, in [0, 1]. */
    public BigDecimal elapsedFraction(LocalDate date) {
        return elapsedMonths(date).divide(MONTHS, MathContext.DECIMAL128);
    }
}
