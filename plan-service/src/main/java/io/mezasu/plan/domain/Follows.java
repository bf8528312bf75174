package io.mezasu.plan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan this one follows (前年度の運営方針): its year-end results are this plan's previous-year baselines (前年度,
 * 前年同時期), so nobody resubmits last year's figures under this plan's key.
 *
 * @param plan    the followed plan's key, e.g. {@code minato-fy2019}
 * @param targets this plan's target code → the followed plan's target code it continues, where codes moved; a code
 *                present in both plans and not listed continues itself
 */
public record Follows(String plan, Map<String, String> targets) {

    public Follows {
        targets = targets == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(targets));
    }

    /**
     * Every problem of {@code plan}'s {@code follows} against the followed plan's latest published version: it must be
     * published, of the same ward and of the fiscal year before (so a chain of plans can never loop), and the target
     * map's codes must exist on both sides. {@code followed} is null when no version of that key is published.
     */
    public static List<Violation> check(PlanDocument plan, PlanDocument followed) {
        Follows follows = plan.follows();
        List<Violation> out = new ArrayList<>();
        if (follows == null) {
            return out;
        }
        if (follows.plan() == null || !PlanValidator.KEY.matcher(follows.plan()).matches()
                || follows.plan().equals(plan.key())) {
            out.add(Violation.of("invalid-follows", "/follows/plan", "follows.invalid"));
            return out;
        }
        if (followed == null) {
            out.add(Violation.of("unknown-followed-plan", "/follows/plan", "follows.unknown-plan", "plan",
                    follows.plan()));
            return out;
        }
        if (plan.ward() != null && !plan.ward().equals(followed.ward())) {
            out.add(Violation.of("followed-plan-mismatch", "/follows/plan", "follows.other-ward", "plan",
                    follows.plan(), "followedWard", followed.ward(), "ward", plan.ward()));
        }
        if (plan.fiscalYear() != null && followed.fiscalYear() != null && plan.fiscalYear().start() != null
                && !plan.fiscalYear().start().minusYears(1).equals(followed.fiscalYear().start())) {
            out.add(Violation.of("followed-plan-mismatch", "/follows/plan", "follows.not-previous-year", "plan",
                    follows.plan(), "start", followed.fiscalYear().start()));
        }
        Map<String, Target> own = targets(plan);
        Map<String, Target> theirs = targets(followed);
        follows.targets().forEach((code, continued) -> {
            if (!own.containsKey(code)) {
                out.add(Violation.of("unknown-target", "/follows/targets/" + code, "follows.unknown-own-target", "code", code));
            }
            if (continued == null || !theirs.containsKey(continued)) {
                out.add(Violation.of("unknown-target", "/follows/targets/" + code, "follows.unknown-followed-target",
                        "plan", follows.plan(), "code", continued));
            }
        });
        sameKinds(plan, own, theirs, out);
        return out;
    }

    /**
     * A previous-year target builds on the figure of the target it continues, so both measure the same kind (a rate
     * cannot build on a count); checked for every target with a previous-year baseline that continues one.
     */
    private static void sameKinds(PlanDocument plan, Map<String, Target> own, Map<String, Target> theirs,
            List<Violation> out) {
        own.forEach((code, target) -> {
            Target continued = theirs.get(plan.follows().targets().getOrDefault(code, code));
            if (continued == null || target.rule() == null || !target.rule().hasPendingBaseline()
                    || continued.rule() == null || continued.rule().kind() == target.rule().kind()) {
                return;
            }
            out.add(Violation.of("follows-kind-mismatch", "/follows/targets/" + code, "follows.kind-mismatch", "code",
                    code, "kind", target.rule().kind(), "plan", plan.follows().plan(), "continued", continued.code(),
                    "continuedKind", continued.rule().kind()));
        });
    }

    private static Map<String, Target> targets(PlanDocument plan) {
        Map<String, Target> byCode = new LinkedHashMap<>();
        plan.targets().forEach(target -> byCode.putIfAbsent(target.code(), target));
        return byCode;
    }
}
