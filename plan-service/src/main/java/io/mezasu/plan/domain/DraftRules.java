package io.mezasu.plan.domain;

import io.mezasu.plan.domain.Target.RuleOrigin;
import io.mezasu.plan.domain.wording.TargetGrammar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rules of a draft (下書きの判定ルール): a target submitted without a rule gets the grammar's proposal,
 * marked PROPOSED; an editor confirms proposals, all or some, before the draft can be published.
 */
public final class DraftRules {

    private DraftRules() {
    }

    /** Fills in a proposed rule wherever a target has none and its wording can be read; the rest stay untyped. */
    public static PlanDocument proposeMissing(PlanDocument plan) {
        return mapTargets(plan, target -> target.rule() != null ? target
                : TargetGrammar.tryPropose(target.indicator(), target.targetText())
                        .map(p -> target.withRule(p.rule(), RuleOrigin.PROPOSED)).orElse(target));
    }

    /** Codes among {@code codes} that are not targets of the plan. */
    public static List<String> unknown(PlanDocument plan, Collection<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        plan.targets().forEach(t -> known.add(t.code()));
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }

    /** Codes among {@code codes} (all targets when null) that have no rule to confirm. */
    public static List<String> untyped(PlanDocument plan, Collection<String> codes) {
        return plan.targets().filter(t -> codes == null || codes.contains(t.code()))
                .filter(t -> t.rule() == null).map(Target::code).toList();
    }

    /**
     * Marks PROPOSED rules CONFIRMED, for the targets named (all when {@code codes} is null). A rule
     * written by hand or already confirmed is left as it is, so confirming twice changes nothing.
     */
    public static PlanDocument confirm(PlanDocument plan, Collection<String> codes, List<String> confirmed) {
        return mapTargets(plan, target -> {
            if (target.ruleOrigin() != RuleOrigin.PROPOSED || (codes != null && !codes.contains(target.code()))) {
                return target;
            }
            confirmed.add(target.code());
            return target.withRule(target.rule(), RuleOrigin.CONFIRMED);
        });
    }

    private static PlanDocument mapTargets(PlanDocument plan, UnaryOperator<Target> change) {
        List<ManagementIssue> issues = new ArrayList<>();
        for (ManagementIssue issue : plan.issues()) {
            List<Strategy> strategies = issue.strategies().stream().map(strategy -> new Strategy(strategy.code(),
                    strategy.title(), strategy.desiredStates(), strategy.initiatives().stream()
                            .map(i -> new Initiative(i.code(), i.title(), i.reprintOf(),
                                    i.targets().stream().map(change).toList()))
                            .toList()))
                    .toList();
            issues.add(new ManagementIssue(issue.number(), issue.title(), issue.overview(), issue.projects(),
                    strategies));
        }
        return new PlanDocument(plan.key(), plan.ward(), plan.title(), plan.dateOfIssue(), plan.dateOfIssueLabel(),
                plan.fiscalYear(), plan.wardGoal(), plan.mission(), plan.basicApproach(), plan.source(), plan.areas(),
                issues, plan.follows());
    }
}
