package io.mezasu.plan.sheet;

/** The columns of the 予算 table: one row per priority project (主な事業) of a 経営課題. */
public enum BudgetColumn implements SheetColumn {
    ISSUE("経営課題番号", "issue", true),
    PROJECT("主な事業", "project", true),
    /** 予算額 in thousand yen (千円); blank or "-" where the plan shows none. */
    AMOUNT("予算額（千円）", "budgetThousandYen", true);

    private final Heading heading;

    BudgetColumn(String header, String alias, boolean required) {
        this.heading = new Heading(header, alias, required, false);
    }

    @Override
    public Heading heading() {
        return heading;
    }
}
