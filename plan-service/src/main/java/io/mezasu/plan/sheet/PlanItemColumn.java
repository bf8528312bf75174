package io.mezasu.plan.sheet;

/** The columns of the 計画 table: one plan-level item (項目) and its value (値) per row. */
public enum PlanItemColumn implements SheetColumn {
    ITEM("項目", "item"),
    VALUE("値", "value");

    private final String header;
    private final String alias;

    PlanItemColumn(String header, String alias) {
        this.header = header;
        this.alias = alias;
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
        return true;
    }

    @Override
    public boolean multiline() {
        return false;
    }
}
