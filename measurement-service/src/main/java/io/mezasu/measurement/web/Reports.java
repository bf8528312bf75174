package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Rollup;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationViews;
import io.mezasu.measurement.web.ReportView.InitiativeSection;
import io.mezasu.measurement.web.ReportView.IssueSection;
import io.mezasu.measurement.web.ReportView.Item;
import io.mezasu.measurement.web.ReportView.StrategySection;
import io.mezasu.measurement.web.ReportView.SummaryLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the self-evaluation report from a plan's evaluations; the narratives come with review points. */
final class Reports {

    private Reports() {
    }

    static ReportView build(PageQueries.Snapshot snapshot, boolean midYear, LocalDate preparedOn, Lang lang,
            java.util.function.Function<String, ReportView.Narrative> narratives) {
        Texts texts = Words.of(lang);
        EvaluationViews.PlanEvaluation plan = snapshot.plan();
        List<SummaryLine> summary = new ArrayList<>();
        List<Item> unmet = new ArrayList<>();
        List<IssueSection> issues = new ArrayList<>();
        for (EvaluationViews.Issue issue : plan.issues()) {
            summary.add(summary(issue, texts));
            List<StrategySection> strategies = new ArrayList<>();
            for (EvaluationViews.Strategy strategy : issue.strategies()) {
                List<InitiativeSection> initiatives = new ArrayList<>();
                for (EvaluationViews.Initiative initiative : strategy.initiatives()) {
                    List<Item> items = initiative.targets().stream().filter(t -> !t.reprinted())
                            .map(t -> item(t, snapshot.specs(), lang, narratives.apply(t.code()))).toList();
                    items.stream().filter(i -> "st-missed".equals(i.badge().css())).forEach(unmet::add);
                    if (!items.isEmpty()) {
                        initiatives.add(new InitiativeSection(initiative.code(), initiative.title(), items));
                    }
                }
                strategies.add(new StrategySection(strategy.code(), strategy.title(),
                        snapshot.outline().desiredStates(strategy.code()), initiatives));
            }
            issues.add(new IssueSection(issue.number(), issue.title(), strategies));
        }
        String met = texts.status(midYear ? "ON_TRACK" : "ACHIEVED");
        String missed = texts.status(midYear ? "BEHIND" : "NOT_ACHIEVED");
        return new ReportView(plan.plan(), plan.title(), snapshot.outline().outline().ward(),
                snapshot.outline().outline().fiscalYearLabel(), midYear ? texts.mode_in_year() : texts.mode_year_end(),
                texts.printed_on(preparedOn.toString()), met, missed, summary, unmet, issues);
    }

    /** The mode a report is judged in: as asked, else mid-year until the year has ended. */
    static boolean midYear(EvaluationMode asked, EvaluationViews.PlanEvaluation plan) {
        if (asked != null) {
            return asked == EvaluationMode.IN_YEAR;
        }
        return plan.issues().stream().flatMap(i -> i.strategies().stream()).flatMap(s -> s.initiatives().stream())
                .flatMap(i -> i.targets().stream()).map(EvaluationViews.Target::evaluation)
                .filter(java.util.Objects::nonNull).findFirst()
                .map(e -> e.evaluation().mode() == EvaluationMode.IN_YEAR).orElse(true);
    }

    private static SummaryLine summary(EvaluationViews.Issue issue, Texts texts) {
        Rollup r = issue.rollup();
        RollupView view = RollupView.of(r, texts.issue() + " " + issue.number(), texts);
        return new SummaryLine(issue.number(), issue.title(), texts.thousand_yen(Formats.number(issue.budgetThousandYen())),
                r.met(), r.assessable() - r.met(), r.total() - r.assessable(), view.rate(), view.chart());
    }

    private static Item item(EvaluationViews.Target target, Map<String, TargetSpec> specs, Lang lang,
            ReportView.Narrative narrative) {
        DashboardView.TargetRow row = Dashboards.row(target, specs.get(target.code()), lang);
        Evaluation e = target.evaluation() == null ? null : target.evaluation().evaluation();
        return new Item(target.code(), target.indicator(), target.targetText(), row.actual(), row.badge(),
                Dashboards.sentence(e, lang), narrative);
    }
}
