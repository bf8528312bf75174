package io.mezasu.measurement.web;

import io.mezasu.measurement.catalog.PublishedPlan;
import java.util.List;

/**
 * The 区政会議 self-evaluation (自己評価), after the shape of Osaka's sheet: a summary per 経営課題 with the unmet
 * targets first, then per 戦略 its めざす状態 and each 具体的取組 with its 業績目標, 実績, 達成状況 and the ward's three
 * narratives (有効であった取組, 課題と改善策, 今後の方針).
 *
 * @param metWord    達成 or 順調 (MIDYEAR), in the report's language
 * @param unmetWord  未達成 or 順調でない
 */
public record ReportView(String key, String title, String ward, String fiscalYearLabel, String judgedAs,
        String preparedOn, String metWord, String unmetWord, List<SummaryLine> summary, List<Item> unmet,
        List<IssueSection> issues) {

    /** One 経営課題 in the summary table. */
    public record SummaryLine(int number, String title, String budget, int met, int unmet, int notJudged,
            String rate, String chart) {
    }

    /** A target in a list (the unmet ones, and under each initiative). */
    public record Item(String code, String indicator, String targetText, String actual, StatusBadge badge,
            String sentence, Narrative narrative) {
    }

    /** The ward's words about an item; empty until written. */
    public record Narrative(String effective, String issuesAndFixes, String nextSteps) {
        public static final Narrative NONE = new Narrative("", "", "");
    }

    public record IssueSection(int number, String title, List<StrategySection> strategies) {
    }

    public record StrategySection(String code, String title, List<PublishedPlan.DesiredState> desiredStates,
            List<InitiativeSection> initiatives) {
    }

    public record InitiativeSection(String code, String title, List<Item> items) {
    }
}
