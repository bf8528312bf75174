package io.mezasu.measurement.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.catalog.CatalogLookup;
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
        JsonNode plan = entry.document();
        Map<String, JsonNode> initiativesByCode = new HashMap<>();
        plan.path("issues").forEach(i -> i.path("strategies").forEach(s -> s.path("initiatives")
                .forEach(n -> initiativesByCode.put(n.path("code").asText(), n))));
        List<Evaluation> all = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        long planBudget = 0;
        for (JsonNode issue : plan.path("issues")) {
            List<Evaluation> inIssue = new ArrayList<>();
            List<Strategy> strategies = new ArrayList<>();
            for (JsonNode strategy : issue.path("strategies")) {
                List<Evaluation> inStrategy = new ArrayList<>();
                List<Initiative> initiatives = new ArrayList<>();
                for (JsonNode initiative : strategy.path("initiatives")) {
                    String reprintOf = initiative.path("reprintOf").asText(null);
                    JsonNode source = reprintOf == null ? initiative : initiativesByCode.getOrDefault(reprintOf, initiative);
                    List<Target> targets = new ArrayList<>();
                    for (JsonNode target : source.path("targets")) {
                        TargetEvaluation evaluation = evaluations.get(target.path("code").asText());
                        targets.add(new Target(target.path("code").asText(), target.path("indicator").asText(null),
                                target.path("targetText").asText(null), reprintOf != null, evaluation));
                        if (reprintOf == null && evaluation != null) {
                            inStrategy.add(evaluation.evaluation());
                        }
                    }
                    initiatives.add(new Initiative(initiative.path("code").asText(), initiative.path("title").asText(null),
                            reprintOf, targets));
                }
                inIssue.addAll(inStrategy);
                strategies.add(new Strategy(strategy.path("code").asText(), strategy.path("title").asText(null),
                        Rollup.of(inStrategy), initiatives));
            }
            long budget = 0;
            for (JsonNode project : issue.path("projects")) {
                budget += project.path("budgetThousandYen").asLong(0);
            }
            planBudget += budget;
            all.addAll(inIssue);
            issues.add(new Issue(issue.path("number").asInt(), issue.path("title").asText(null), budget,
                    Rollup.of(inIssue), strategies));
        }
        return new PlanEvaluation(entry.targets().key(), entry.targets().version(), plan.path("title").asText(null),
                asOf, mode == null ? null : mode.name(), Rollup.of(all), planBudget, issues);
    }
}
