package io.mezasu.plan.sheet;

/** The columns of the 計画 table: one plan-level item (項目) and its value (値) per row. */
public enum PlanItemColumn implements SheetColumn {
    ITEM("項目", "item"),
    VALUE("値", "value");

    private final Heading heading;

    PlanItemColumn(String header, String alias) {
        this.heading = new Heading(header, alias, true, false);
    }

    @Override
    public Heading heading() {
        return heading;
    }
}
