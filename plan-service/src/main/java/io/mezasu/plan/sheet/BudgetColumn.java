package io.mezasu.plan.sheet;

/** The columns of the 予算 table: one row per priority project (主な事業) of a 経営課題. */
public enum BudgetColumn implements SheetColumn {
    ISSUE("経営課題番号", "issue", true),
    PROJECT("主な事業", "project", true),
    /** 予算額 in thousand yen (千円); blank or "-" where the plan shows none. */
    AMOUNT("予算額（千円）", "budgetThousandYen", true);

    private final String header;
    private final String alias;
    private final boolean required;

    BudgetColumn(String header, String alias, boolean required) {
        this.header = header;
        this.alias = alias;
        this.required = required;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String alias() {
        return alias;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean multiline() {
        return false;
    }
}
