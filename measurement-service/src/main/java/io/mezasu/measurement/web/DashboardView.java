package io.mezasu.measurement.web;

import io.mezasu.measurement.catalog.PublishedPlan;
import java.util.List;

/**
 * What the dashboard (/plans/{key}) shows, already in words: 経営課題 → 戦略 → めざす状態 → 具体的取組 → 業績目標.
 * Built by {@link Dashboards}; the template only lays it out.
 */
public record DashboardView(String key, String title, String ward, String fiscalYearLabel, String wardGoal,
        String mission, String judgedAs, RollupView overall, List<IssueView> issues, boolean filtered) {

    /** 経営課題, with its budget (予算額) beside its roll-up. */
    public record IssueView(int number, String title, String overview, String budget, RollupView rollup,
            List<StrategyView> strategies) {
    }

    /** 戦略 with its めざす状態. */
    public record StrategyView(String code, String title, List<PublishedPlan.DesiredState> desiredStates,
            List<InitiativeView> initiatives) {
    }

    /** 具体的取組; {@code reprint} names the initiative a 再掲 repeats, or is empty. */
    public record InitiativeView(String code, String title, String reprint, List<TargetRow> targets) {
    }

    /**
     * 業績目標 on one line.
     *
     * @param progress    0–100 for the bar (進捗率 capped), null when there is nothing to show
     * @param progressText 進捗率 as printed, e.g. 74.9％
     * @param confidence  the survey's 95 % interval in words, or empty
     */
    public record TargetRow(String code, String indicator, String targetText, StatusBadge badge, String actual,
            String target, Integer progress, String progressText, String confidence, String sentence,
            boolean reprinted) {
    }
}
