package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Rollup;
import io.mezasu.measurement.evaluation.EvaluationViews.Initiative;
import io.mezasu.measurement.evaluation.EvaluationViews.Issue;
import io.mezasu.measurement.evaluation.EvaluationViews.PlanEvaluation;
import io.mezasu.measurement.evaluation.EvaluationViews.Strategy;
import io.mezasu.measurement.evaluation.EvaluationViews.Target;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetEvaluation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the evaluations out along the plan's tree and rolls them up per strategy, issue and plan. A 再掲
 * initiative lists the targets it reprints, marked as such, and they count only under their own strategy.
 */
final class PlanTree {

    private PlanTree() {
    }

    static PlanEvaluation build(CatalogLookup.Entry entry, Map<String, TargetEvaluation> evaluations,
            OffsetDateTime asOf, EvaluationMode mode) {
        PublishedPlan plan = entry.plan();
        Map<String, PublishedPlan.Initiative> initiativesByCode = new HashMap<>();
        plan.issues().forEach(i -> i.strategies().forEach(s -> s.initiatives()
                .forEach(n -> initiativesByCode.put(n.code(), n))));
        List<Evaluation> all = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        long planBudget = 0;
        for (PublishedPlan.Issue issue : plan.issues()) {
            List<Evaluation> inIssue = new ArrayList<>();
            List<Strategy> strategies = new ArrayList<>();
            for (PublishedPlan.Strategy strategy : issue.strategies()) {
                List<Evaluation> inStrategy = new ArrayList<>();
                List<Initiative> initiatives = new ArrayList<>();
                for (PublishedPlan.Initiative initiative : strategy.initiatives()) {
                    String reprintOf = initiative.reprintOf();
                    PublishedPlan.Initiative source = reprintOf == null ? initiative
                            : initiativesByCode.getOrDefault(reprintOf, initiative);
                    List<Target> targets = new ArrayList<>();
                    for (PublishedPlan.Target target : source.targets()) {
                        TargetEvaluation evaluation = evaluations.get(target.code());
                        targets.add(new Target(target.code(), target.indicator(), target.targetText(),
                                reprintOf != null, evaluation));
                        if (reprintOf == null && evaluation != null) {
                            inStrategy.add(evaluation.evaluation());
                        }
                    }
                    initiatives.add(new Initiative(initiative.code(), initiative.title(), reprintOf, targets));
                }
                inIssue.addAll(inStrategy);
                strategies.add(new Strategy(strategy.code(), strategy.title(), Rollup.of(inStrategy), initiatives));
            }
            planBudget += issue.budgetThousandYen();
            all.addAll(inIssue);
            issues.add(new Issue(issue.number(), issue.title(), issue.budgetThousandYen(), Rollup.of(inIssue),
                    strategies));
        }
        return new PlanEvaluation(entry.targets().key(), entry.targets().version(), plan.title(), asOf,
                mode == null ? null : mode.name(), Rollup.of(all), planBudget, issues);
    }
}
