package io.mezasu.plan.domain;

import java.time.LocalDate;

/** 年度: a Japanese fiscal year runs April to March (平成31年度 = 2019-04-01 … 2020-03-31). */
public record FiscalYear(String label, LocalDate start, LocalDate end) {

    public static FiscalYear of(int startYear, String label) {
        return new FiscalYear(label, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
