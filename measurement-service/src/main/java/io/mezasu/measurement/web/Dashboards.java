package io.mezasu.measurement.web;

import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationViews;
import io.mezasu.measurement.web.DashboardView.InitiativeView;
import io.mezasu.measurement.web.DashboardView.IssueView;
import io.mezasu.measurement.web.DashboardView.StrategyView;
import io.mezasu.measurement.web.DashboardView.TargetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a plan's evaluations into the dashboard's words, keeping only what the filters ask for. */
final class Dashboards {

    /** What the reader chose: an issue number, a status code; null for all. */
    record Filter(Integer issue, String status) {
        boolean any() {
            return issue != null || status != null;
        }
    }

    private Dashboards() {
    }

    static DashboardView build(EvaluationViews.PlanEvaluation plan, PublishedPlan outline, Map<String, TargetSpec> specs,
            Filter filter, Lang lang) {
        Texts texts = Words.of(lang);
        List<IssueView> issues = new ArrayList<>();
        for (EvaluationViews.Issue issue : plan.issues()) {
            if (filter.issue() != null && filter.issue() != issue.number()) {
                continue;
            }
            List<StrategyView> strategies = strategies(issue, outline, specs, filter, lang);
            if (!strategies.isEmpty() || filter.status() == null) {
                issues.add(new IssueView(issue.number(), issue.title(), outline.overview(issue.number()),
                        texts.thousand_yen(Formats.number(issue.budgetThousandYen())),
                        RollupView.of(issue.rollup(), texts.issue() + " " + issue.number(), texts), strategies));
            }
        }
        return new DashboardView(plan.plan(), plan.title(), outline.outline().ward(), outline.outline().fiscalYearLabel(), outline.outline().wardGoal(),
                outline.outline().mission(), judgedAs(plan.mode(), texts), RollupView.of(plan.rollup(), texts.overall(), texts),
                List.copyOf(issues), filter.any());
    }

    private static String judgedAs(String mode, Texts texts) {
        if (mode == null) {
            return texts.mode_default();
        }
        return EvaluationMode.valueOf(mode) == EvaluationMode.IN_YEAR ? texts.mode_in_year() : texts.mode_year_end();
    }

    private static List<StrategyView> strategies(EvaluationViews.Issue issue, PublishedPlan outline,
            Map<String, TargetSpec> specs, Filter filter, Lang lang) {
        Texts texts = Words.of(lang);
        List<StrategyView> out = new ArrayList<>();
        for (EvaluationViews.Strategy strategy : issue.strategies()) {
            List<InitiativeView> initiatives = new ArrayList<>();
            for (EvaluationViews.Initiative initiative : strategy.initiatives()) {
                List<TargetRow> rows = initiative.targets().stream()
                        .map(t -> row(t, specs.get(t.code()), lang))
                        .filter(r -> filter.status() == null || filter.status().equals(r.badge().code()))
                        .toList();
                if (!rows.isEmpty() || filter.status() == null) {
                    initiatives.add(new InitiativeView(initiative.code(), initiative.title(),
                            initiative.reprintOf() == null ? "" : texts.reprint(initiative.reprintOf()), rows));
                }
            }
            if (!initiatives.isEmpty()) {
                out.add(new StrategyView(strategy.code(), strategy.title(),
                        outline.desiredStates(strategy.code()), List.copyOf(initiatives)));
            }
        }
        return List.copyOf(out);
    }

    static TargetRow row(EvaluationViews.Target target, TargetSpec spec, Lang lang) {
        Texts texts = Words.of(lang);
        Evaluation e = target.evaluation() == null ? null : target.evaluation().evaluation();
        String unit = spec == null ? null : spec.unit();
        StatusBadge badge = StatusBadge.of(e, texts);
        if (e == null) {
            return new TargetRow(target.code(), target.indicator(), target.targetText(), badge, "", "", null, "", "",
                    texts.no_data_yet(), target.reprinted());
        }
        return new TargetRow(target.code(), target.indicator(), target.targetText(), badge,
                Formats.withUnit(e.actual(), unit), Formats.withUnit(e.target(), unit), bar(e.progressPercent()),
                Formats.percent(e.progressPercent()), confidence(e, texts), sentence(e, lang), target.reprinted());
    }

    /** The evaluation's plain sentence (評価文) in the page's language. */
    static String sentence(Evaluation e, Lang lang) {
        if (e == null || e.sentence() == null) {
            return "";
        }
        return lang == Lang.EN ? e.sentence().en() : e.sentence().ja();
    }

    private static Integer bar(BigDecimal progress) {
        return progress == null ? null : Math.max(0, Math.min(100, progress.intValue()));
    }

    private static String confidence(Evaluation e, Texts texts) {
        if (e.confidence() == null) {
            return "";
        }
        return texts.confidence() + " " + Formats.number(e.confidence().low()) + "〜" + Formats.number(e.confidence().high())
                + "％";
    }
}
