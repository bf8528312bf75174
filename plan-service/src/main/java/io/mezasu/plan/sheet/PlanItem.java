package io.mezasu.plan.sheet;

/**
 * The plan-level items (項目) of the 計画 table, in export order. A repeatable item takes one row per value
 * (出典注記, 地域), in order.
 */
public enum PlanItem {
    KEY("計画キー", "key", false),
    WARD("区", "ward", false),
    TITLE("表題", "title", false),
    /** yyyy-MM, e.g. 2019-06. */
    DATE_OF_ISSUE("発行年月", "dateOfIssue", false),
    DATE_OF_ISSUE_LABEL("発行年月の表記", "dateOfIssueLabel", false),
    FISCAL_YEAR("年度", "fiscalYear", false),
    /** yyyy-MM-dd. */
    FISCAL_YEAR_START("年度開始日", "fiscalYearStart", false),
    FISCAL_YEAR_END("年度終了日", "fiscalYearEnd", false),
    /** The key of the plan this one follows (前年度の運営方針), e.g. minato-fy2019; the document's follows.plan. */
    FOLLOWS("前年度の計画キー", "follows", false),
    WARD_GOAL("区の目標", "wardGoal", false),
    MISSION("区の使命", "mission", false),
    BASIC_APPROACH("区運営の基本的な考え方", "basicApproach", false),
    SOURCE_DOCUMENT("出典文書", "sourceDocument", false),
    SOURCE_TITLE("出典の表題", "sourceTitle", false),
    SOURCE_NOTE("出典注記", "sourceNote", true),
    AREAS_SOURCE("地域の出典", "areasSource", false),
    AREA("地域", "area", true);

    private final String label;
    private final String alias;
    private final boolean repeatable;

    PlanItem(String label, String alias, boolean repeatable) {
        this.label = label;
        this.alias = alias;
        this.repeatable = repeatable;
    }

    public String label() {
        return label;
    }

    public boolean repeatable() {
        return repeatable;
    }

    /** The item a 項目 cell names, Japanese or English, or null. */
    public static PlanItem named(String name) {
        String wanted = name.strip();
        for (PlanItem item : values()) {
            if (item.label.equals(wanted) || item.alias.equalsIgnoreCase(wanted)) {
                return item;
            }
        }
        return null;
    }
}
