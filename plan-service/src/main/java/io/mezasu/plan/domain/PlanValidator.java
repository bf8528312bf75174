package io.mezasu.plan.domain;

import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.domain.wording.AmbiguousWording;
import io.mezasu.plan.domain.wording.TargetGrammar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole plan document and reports every problem at once, each with a JSON pointer, so an
 * editor fixes a draft in one pass. A plan with no violations can be published.
 */
public final class PlanValidator {

    /** A plan key, e.g. minato-fy2019; also the path-parameter constraint of the API. */
    public static final String KEY_REGEX = "[a-z0-9][a-z0-9-]{1,62}[a-z0-9]";
    public static final Pattern KEY = Pattern.compile(KEY_REGEX);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, String> codes = new HashMap<>();

    private PlanValidator() {
    }

    public static List<Violation> validate(PlanDocument plan) {
        PlanValidator validator = new PlanValidator();
        validator.plan(plan);
        return List.copyOf(validator.violations);
    }

    private void plan(PlanDocument plan) {
        if (plan.key() == null || !KEY.matcher(plan.key()).matches()) {
            add("invalid-key", "/key", "key must be 3-64 lowercase letters, digits or '-', e.g. minato-fy2019");
        }
        required(plan.ward(), "/ward");
        required(plan.title(), "/title");
        required(plan.wardGoal(), "/wardGoal");
        required(plan.mission(), "/mission");
        required(plan.basicApproach(), "/basicApproach");
        if (plan.dateOfIssue() == null) {
            add("missing", "/dateOfIssue", "dateOfIssue (year-month) is required");
        }
        fiscalYear(plan.fiscalYear());
        if (plan.areas() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < plan.areas().names().size(); i++) {
                String name = plan.areas().names().get(i);
                if (name == null || name.isBlank() || !seen.add(name)) {
                    add("invalid-area", "/areas/names/" + i, "area names must be present and unique");
                }
            }
        }
        if (plan.issues().isEmpty()) {
            add("missing", "/issues", "a plan has at least one management issue (経営課題)");
        }
        for (int i = 0; i < plan.issues().size(); i++) {
            issue(plan, plan.issues().get(i), i);
        }
        reprints(plan);
    }

    private void fiscalYear(FiscalYear year) {
        if (year == null || year.start() == null || year.end() == null) {
            add("missing", "/fiscalYear", "fiscalYear with start and end is required");
        } else if (!year.end().isAfter(year.start())) {
            add("invalid-fiscal-year", "/fiscalYear/end", "fiscal year must end after it starts");
        }
    }

    private void issue(PlanDocument plan, ManagementIssue issue, int i) {
        String at = "/issues/" + i;
        if (issue.number() != i + 1) {
            add("invalid-number", at + "/number", "management issues are numbered 1..n in order; expected "
                    + (i + 1) + " but found " + issue.number());
        }
        required(issue.title(), at + "/title");
        for (int p = 0; p < issue.projects().size(); p++) {
            var project = issue.projects().get(p);
            required(project.title(), at + "/projects/" + p + "/title");
            if (project.budgetThousandYen() != null && project.budgetThousandYen() < 0) {
                add("negative-budget", at + "/projects/" + p + "/budgetThousandYen",
                        "budget must not be negative (got " + project.budgetThousandYen() + ")");
            }
        }
        for (int s = 0; s < issue.strategies().size(); s++) {
            strategy(plan, issue.strategies().get(s), issue.number() + "-" + (s + 1), at + "/strategies/" + s);
        }
    }

    private void strategy(PlanDocument plan, Strategy strategy, String expected, String at) {
        code(strategy.code(), expected, at);
        required(strategy.title(), at + "/title");
        for (int d = 0; d < strategy.desiredStates().size(); d++) {
            desiredState(strategy.desiredStates().get(d), at + "/desiredStates/" + d);
        }
        for (int n = 0; n < strategy.initiatives().size(); n++) {
            initiative(plan, strategy.initiatives().get(n), expected + "-" + (n + 1), at + "/initiatives/" + n);
        }
    }

    private void desiredState(DesiredState state, String at) {
        if (state == null || blank(state.text())) {
            add("missing", at, "a desired state (めざす状態) has its wording");
        } else if (state.isInferred() && blank(state.placementNote())) {
            add("missing", at + "/placementNote", "an inferred placement says why");
        }
    }

    private void initiative(PlanDocument plan, Initiative initiative, String expected, String at) {
        code(initiative.code(), expected, at);
        required(initiative.title(), at + "/title");
        if (initiative.reprint() && !initiative.targets().isEmpty()) {
            add("reprint-with-targets", at + "/targets", "a reprint (再掲) shows the targets of "
                    + initiative.reprintOf() + " and has none of its own");
        }
        for (int t = 0; t < initiative.targets().size(); t++) {
            target(plan, initiative.targets().get(t), expected + "-" + (t + 1), at + "/targets/" + t);
        }
    }

    private void target(PlanDocument plan, Target target, String expected, String at) {
        code(target.code(), expected, at);
        required(target.indicator(), at + "/indicator");
        required(target.targetText(), at + "/targetText");
        if (target.pairing() == null) {
            add("missing", at + "/pairing", "pairing must say STATED or INFERRED");
        } else if (target.pairing() == Target.Pairing.INFERRED && blank(target.pairingNote())) {
            add("missing", at + "/pairingNote", "an inferred pairing says why");
        }
        if (target.rule() == null) {
            add("untyped-target", at + "/rule", "every target needs a typed rule; none could be proposed: "
                    + unreadable(target));
        } else {
            if (!target.ruleConfirmed()) {
                add("unconfirmed-rule", at + "/ruleOrigin", "the rule was proposed from the wording; an editor "
                        + "confirms it (POST /api/v1/plans/{key}/draft/rules/confirm) before publishing");
            }
            new RuleChecks(violations, at + "/rule", plan.areaNames().size()).check(target.rule());
            if (target.rule().kind() != null && target.targetText() != null) {
                violations.addAll(RuleTextAgreement.check(target, at));
            }
        }
    }

    /** Why the grammar could not propose a rule for this wording. */
    private static String unreadable(Target target) {
        try {
            TargetGrammar.propose(target.indicator(), target.targetText());
            return "the wording reads, but no rule was filled in";
        } catch (AmbiguousWording e) {
            return e.getMessage();
        }
    }

    private void reprints(PlanDocument plan) {
        Map<String, Initiative> byCode = new HashMap<>();
        plan.initiatives().forEach(i -> byCode.putIfAbsent(i.code(), i));
        forEachInitiative(plan, (initiative, at) -> {
            if (!initiative.reprint()) {
                return;
            }
            Initiative original = byCode.get(initiative.reprintOf());
            if (original == null) {
                add("dangling-reprint", at + "/reprintOf", "reprint (再掲) of " + initiative.reprintOf()
                        + ", which is not an initiative of this plan");
            } else if (original.reprint()) {
                add("reprint-of-reprint", at + "/reprintOf", "a reprint must point at an original initiative");
            } else if (original.targets().isEmpty()) {
                add("dangling-reprint", at + "/reprintOf", initiative.reprintOf() + " has no targets to reprint");
            }
        });
    }

    private interface InitiativeVisitor {
        void visit(Initiative initiative, String pointer);
    }

    private static void forEachInitiative(PlanDocument plan, InitiativeVisitor visitor) {
        for (int i = 0; i < plan.issues().size(); i++) {
            var strategies = plan.issues().get(i).strategies();
            for (int s = 0; s < strategies.size(); s++) {
                var initiatives = strategies.get(s).initiatives();
                for (int n = 0; n < initiatives.size(); n++) {
                    visitor.visit(initiatives.get(n),
                            "/issues/" + i + "/strategies/" + s + "/initiatives/" + n);
                }
            }
        }
    }

    /** Codes follow the plan's numbering and are unique across the whole plan. */
    private void code(String code, String expected, String at) {
        if (code == null || !code.equals(expected)) {
            add("invalid-code", at + "/code", "expected code " + expected + " by position, found " + code);
        }
        if (code != null) {
            String first = codes.putIfAbsent(code, at);
            if (first != null) {
                add("duplicate-code", at + "/code", "code " + code + " is already used at " + first);
            }
        }
    }

    private void required(String value, String pointer) {
        if (blank(value)) {
            add("missing", pointer, pointer.substring(pointer.lastIndexOf('/') + 1) + " is required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void add(String code, String pointer, String message) {
        violations.add(new Violation(code, pointer, message));
    }

    /** The rule checks, per measure kind. */
    private record RuleChecks(List<Violation> out, String at, int areaCount) {

        void check(TargetRule rule) {
            if (rule.kind() == null) {
                add("ambiguous-rule", "/kind", "kind is required (PERCENT, COUNT, SCORE, AREA_COVERAGE, MILESTONE)");
                return;
            }
            if (rule.dataSource() == null || rule.dataSource().kind() == null || blank(rule.dataSource().name())) {
                add("missing", "/dataSource", "the data source (kind and name) is required");
            }
            if (rule.cumulative() && rule.kind() != MeasureKind.COUNT) {
                add("ambiguous-rule", "/cumulative", "only counts can be cumulative (延べ)");
            }
            if (rule.kind() == MeasureKind.MILESTONE) {
                milestone(rule);
                return;
            }
            if (rule.direction() == null) {
                add("ambiguous-rule", "/direction", "direction is required: AT_LEAST (以上) or AT_MOST (以下)");
            }
            if (rule.milestone() != null) {
                add("ambiguous-rule", "/milestone", "only MILESTONE targets describe a milestone");
            }
            if (rule.itemBaseline() != null) {
                itemBaseline(rule);
            }
            switch (rule.kind()) {
                case PERCENT -> percent(rule);
                case COUNT -> count(rule);
                case SCORE -> score(rule);
                case AREA_COVERAGE -> areaCoverage(rule);
                default -> throw new IllegalStateException("unhandled kind " + rule.kind());
            }
            baseline(rule);
        }

        private void milestone(TargetRule rule) {
            if (rule.milestone() == null || blank(rule.milestone().action()) || blank(rule.milestone().deliverable())) {
                add("ambiguous-rule", "/milestone", "a milestone names its action (策定, 実施, …) and deliverable");
            }
            if (rule.threshold() != null || rule.direction() != null || rule.baseline() != null
                    || rule.itemBaseline() != null) {
                add("ambiguous-rule", "/threshold", "a milestone has no threshold, direction or baseline");
            }
        }

        private void itemBaseline(TargetRule rule) {
            if (rule.kind() != MeasureKind.COUNT) {
                add("ambiguous-rule", "/itemBaseline", "only counts of items have an item baseline");
            }
            if (rule.itemBaseline().fiscalYear() == null || rule.itemBaseline().change() == null) {
                add("ambiguous-rule", "/itemBaseline", "an item baseline names its fiscal year and change");
            }
        }

        private void percent(TargetRule rule) {
            unit(rule, "％");
            if (rule.percentBasis() == null) {
                add("ambiguous-rule", "/percentBasis", "a percent target says SURVEY or ADMINISTRATIVE");
            }
            threshold(rule);
            if (rule.threshold() != null
                    && (rule.threshold().signum() < 0 || rule.threshold().compareTo(HUNDRED) > 0)) {
                add("out-of-range", "/threshold", "a percentage lies between 0 and 100");
            }
        }

        private void count(TargetRule rule) {
            if (blank(rule.unit())) {
                add("ambiguous-rule", "/unit", "a count names its counter word (件, 施設, …)");
            }
            threshold(rule);
            if (rule.threshold() != null && (rule.threshold().signum() < 0 || rule.threshold().stripTrailingZeros().scale() > 0)) {
                add("out-of-range", "/threshold", "a count threshold is a whole number ≥ 0");
            }
        }

        private void score(TargetRule rule) {
            unit(rule, "点");
            if (rule.scale() == null || rule.scale() <= 0) {
                add("ambiguous-rule", "/scale", "a score states its scale (5点満点 = 5)");
            }
            threshold(rule);
            if (rule.threshold() != null && rule.scale() != null && rule.scale() > 0
                    && (rule.threshold().signum() < 0 || rule.threshold().compareTo(BigDecimal.valueOf(rule.scale())) > 0)) {
                add("out-of-range", "/threshold", "a score threshold lies within its scale");
            }
        }

        private void areaCoverage(TargetRule rule) {
            // The unit names the list covered: 地域 (全地域), 小学校区 (全小学校区), 校 (全校) …
            if (blank(rule.unit())) {
                add("ambiguous-rule", "/unit", "coverage names its list (地域, 小学校区, 校 …)");
            }
            if (rule.threshold() != null) {
                add("ambiguous-rule", "/threshold", "全地域 means every area of the plan's list; no threshold");
            }
            if (areaCount == 0) {
                add("missing-areas", "/kind", "全地域 needs the plan's list of areas (/areas/names)");
            }
        }

        private void threshold(TargetRule rule) {
            if (rule.hasPendingBaseline()) {
                if (rule.threshold() != null) {
                    add("ambiguous-rule", "/threshold",
                            "a target relative to the previous year's figure has no fixed threshold");
                }
                return;
            }
            if (rule.threshold() == null) {
                add("ambiguous-rule", "/threshold", "threshold is required");
                return;
            }
            if (rule.decimals() == null || rule.decimals() < 0) {
                add("ambiguous-rule", "/decimals", "the stated precision (decimals) is required");
            } else if (Math.max(rule.threshold().scale(), 0) != rule.decimals()) {
                add("precision-mismatch", "/decimals", "threshold " + rule.threshold().toPlainString()
                        + " is written with " + Math.max(rule.threshold().scale(), 0) + " decimal(s), not "
                        + rule.decimals());
            }
        }

        private void baseline(TargetRule rule) {
            Baseline baseline = rule.baseline();
            if (baseline == null) {
                return;
            }
            if (baseline.type() == null) {
                add("ambiguous-rule", "/baseline/type", "baseline type is required");
                return;
            }
            switch (baseline.type()) {
                case FIXED -> {
                    if (baseline.value() == null || rule.threshold() == null
                            || baseline.value().compareTo(rule.threshold()) != 0) {
                        add("baseline-mismatch", "/baseline/value", "a fixed baseline is the threshold itself");
                    }
                }
                case FIXED_ADJUSTED -> adjusted(rule, baseline);
                case PREVIOUS_YEAR, PREVIOUS_YEAR_SAME_PERIOD -> {
                    if (baseline.periodDay() != null && baseline.type() == Baseline.Type.PREVIOUS_YEAR) {
                        add("ambiguous-rule", "/baseline/periodDay", "only a same-period baseline (前年同時期) names "
                                + "a day; PREVIOUS_YEAR is the previous year's final figure");
                    }
                    if (baseline.increment() == null) {
                        add("ambiguous-rule", "/baseline/increment", "the increment over last year is required");
                    }
                    if (baseline.incrementUnit() == null) {
                        add("ambiguous-rule", "/baseline/incrementUnit",
                                "say whether the increment is POINTS or PERCENT_OF_BASELINE");
                    }
                    if (rule.decimals() == null) {
                        add("ambiguous-rule", "/decimals", "the precision of the rate (decimals) is required");
                    }
                }
                default -> throw new IllegalStateException("unhandled baseline " + baseline.type());
            }
        }

        private void adjusted(TargetRule rule, Baseline baseline) {
            if (baseline.value() == null || baseline.changePercent() == null || baseline.rounding() == null) {
                add("ambiguous-rule", "/baseline", "an adjusted baseline needs value, changePercent and rounding");
                return;
            }
            BigDecimal derived = baseline.derived();
            if (baseline.computed() != null && baseline.computed().compareTo(derived) != 0) {
                add("baseline-mismatch", "/baseline/computed", "computed should be " + derived.toPlainString());
            }
            BigDecimal resolved = derived.setScale(rule.decimals() == null ? 0 : rule.decimals(),
                    baseline.rounding().mode());
            if (rule.threshold() == null || resolved.compareTo(rule.threshold()) != 0) {
                add("baseline-mismatch", "/threshold", "the baseline resolves to " + resolved.toPlainString()
                        + ", which must be the threshold");
            }
        }

        private void unit(TargetRule rule, String expected) {
            if (!expected.equals(rule.unit())) {
                add("ambiguous-rule", "/unit", "unit must be " + expected + " for " + rule.kind());
            }
        }

        private void add(String code, String pointer, String message) {
            out.add(new Violation(code, at + pointer, message));
        }
    }
}
