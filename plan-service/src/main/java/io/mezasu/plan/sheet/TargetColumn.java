package io.mezasu.plan.sheet;

/**
 * The columns of the 目標 table, in export order: one row per target (業績目標), with the 経営課題, 戦略 and
 * 具体的取組 it belongs to. Headers are read in Japanese or by the English alias (docs/api-guide.md lists both).
 */
public enum TargetColumn implements SheetColumn {
    ISSUE("経営課題番号", "issue", true, false),
    ISSUE_TITLE("経営課題", "issueTitle", true, false),
    ISSUE_OVERVIEW("経営課題の概要", "issueOverview", false, false),
    STRATEGY("戦略番号", "strategy", true, false),
    STRATEGY_TITLE("戦略", "strategyTitle", true, false),
    /** The strategy's めざす状態, one per line of the cell. */
    DESIRED_STATES("めざす状態", "desiredStates", false, true),
    /** Line n explains why desired state n was placed under the strategy by meaning (INFERRED); blank: STATED. */
    DESIRED_STATE_NOTES("めざす状態の配置注記", "desiredStateNotes", false, true),
    INITIATIVE("具体的取組番号", "initiative", true, false),
    INITIATIVE_TITLE("具体的取組", "initiativeTitle", true, false),
    /** 再掲元: the initiative a 再掲 (reprint) shows; such a row has no target of its own. */
    REPRINT_OF("再掲元", "reprintOf", false, false),
    TARGET("目標番号", "target", true, false),
    INDICATOR("指標", "indicator", true, false),
    TARGET_TEXT("目標", "targetText", true, false),
    /** 明記 (STATED) or 推定 (INFERRED); blank reads as 明記. */
    PAIRING("対応づけ", "pairing", false, false),
    PAIRING_NOTE("対応づけの注記", "pairingNote", false, false),
    /** The rule as JSON, only where the grammar cannot propose it from the wording; taken as written (CONFIRMED). */
    RULE("判定ルール", "rule", false, false),
    /**
     * 前年度の目標番号: the followed plan's target this one continues, only where the code moved (follows.targets);
     * blank continues the target of the same code. Last, so older sheets keep their column letters.
     */
    PREVIOUS_CODE("前年度の目標番号", "previousCode", false, false);

    private final Heading heading;

    TargetColumn(String header, String alias, boolean required, boolean multiline) {
        this.heading = new Heading(header, alias, required, multiline);
    }

    @Override
    public Heading heading() {
        return heading;
    }
}
