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
            add("invalid-key", "/key", "draft.invalid-key");
        }
        required(plan.ward(), "/ward");
        required(plan.title(), "/title");
        required(plan.wardGoal(), "/wardGoal");
        required(plan.mission(), "/mission");
        required(plan.basicApproach(), "/basicApproach");
        if (plan.dateOfIssue() == null) {
            add("missing", "/dateOfIssue", "draft.date-of-issue-missing");
        }
        fiscalYear(plan.fiscalYear());
        if (plan.areas() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < plan.areas().names().size(); i++) {
                String name = plan.areas().names().get(i);
                if (name == null || name.isBlank() || !seen.add(name)) {
                    add("invalid-area", "/areas/names/" + i, "draft.invalid-area");
                }
            }
        }
        if (plan.issues().isEmpty()) {
            add("missing", "/issues", "draft.issues-missing");
        }
        for (int i = 0; i < plan.issues().size(); i++) {
            issue(plan, plan.issues().get(i), i);
        }
        reprints(plan);
    }

    private void fiscalYear(FiscalYear year) {
        if (year == null || year.start() == null || year.end() == null) {
            add("missing", "/fiscalYear", "draft.fiscal-year-missing");
        } else if (!year.end().isAfter(year.start())) {
            add("invalid-fiscal-year", "/fiscalYear/end", "draft.invalid-fiscal-year");
        }
    }

    private void issue(PlanDocument plan, ManagementIssue issue, int i) {
        String at = "/issues/" + i;
        if (issue.number() != i + 1) {
            add("invalid-number", at + "/number", "draft.invalid-number", "expected", i + 1, "found", issue.number());
        }
        required(issue.title(), at + "/title");
        for (int p = 0; p < issue.projects().size(); p++) {
            var project = issue.projects().get(p);
            required(project.title(), at + "/projects/" + p + "/title");
            if (project.budgetThousandYen() != null && project.budgetThousandYen() < 0) {
                add("negative-budget", at + "/projects/" + p + "/budgetThousandYen", "draft.negative-budget",
                        "budget", project.budgetThousandYen());
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
            add("missing", at, "draft.desired-state-missing");
        } else if (state.isInferred() && blank(state.placementNote())) {
            add("missing", at + "/placementNote", "draft.placement-note-missing");
        }
    }

    private void initiative(PlanDocument plan, Initiative initiative, String expected, String at) {
        code(initiative.code(), expected, at);
        required(initiative.title(), at + "/title");
        if (initiative.reprint() && !initiative.targets().isEmpty()) {
            add("reprint-with-targets", at + "/targets", "draft.reprint-with-targets", "original",
                    initiative.reprintOf());
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
            add("missing", at + "/pairing", "draft.pairing-missing");
        } else if (target.pairing() == Target.Pairing.INFERRED && blank(target.pairingNote())) {
            add("missing", at + "/pairingNote", "draft.pairing-note-missing");
        }
        if (target.rule() == null) {
            violations.add(unreadable(target, at + "/rule"));
        } else {
            if (!target.ruleConfirmed()) {
                add("unconfirmed-rule", at + "/ruleOrigin", "draft.unconfirmed-rule");
            }
            new RuleChecks(violations, at + "/rule", plan.areaNames().size()).check(target.rule());
            if (target.rule().kind() != null && target.targetText() != null) {
                violations.addAll(RuleTextAgreement.check(target, at));
            }
        }
    }

    /** An untyped target, saying why the grammar could not propose a rule for its wording. */
    private static Violation unreadable(Target target, String pointer) {
        try {
            TargetGrammar.propose(target.indicator(), target.targetText());
            return Violation.of("untyped-target", pointer, "draft.untyped-target-readable");
        } catch (AmbiguousWording e) {
            Object[] args = e.args().entrySet().stream()
                    .flatMap(a -> java.util.stream.Stream.of(a.getKey(), a.getValue())).toArray();
            return Violation.of("untyped-target", pointer, e.key(), args);
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
                add("dangling-reprint", at + "/reprintOf", "draft.reprint-unknown", "original", initiative.reprintOf());
            } else if (original.reprint()) {
                add("reprint-of-reprint", at + "/reprintOf", "draft.reprint-of-reprint");
            } else if (original.targets().isEmpty()) {
                add("dangling-reprint", at + "/reprintOf", "draft.reprint-without-targets", "original",
                        initiative.reprintOf());
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
            add("invalid-code", at + "/code", "draft.invalid-code", "expected", expected, "found", code);
        }
        if (code != null) {
            String first = codes.putIfAbsent(code, at);
            if (first != null) {
                add("duplicate-code", at + "/code", "draft.duplicate-code", "code", code, "first", first);
            }
        }
    }

    private void required(String value, String pointer) {
        if (blank(value)) {
            add("missing", pointer, "draft.missing", "field", pointer.substring(pointer.lastIndexOf('/') + 1));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void add(String code, String pointer, String textKey, Object... args) {
        violations.add(Violation.of(code, pointer, textKey, args));
    }

    /** The rule checks, per measure kind. */
    private record RuleChecks(List<Violation> out, String at, int areaCount) {

        void check(TargetRule rule) {
            if (rule.kind() == null) {
                add("ambiguous-rule", "/kind", "rule.kind-missing");
                return;
            }
            if (rule.dataSource() == null || rule.dataSource().kind() == null || blank(rule.dataSource().name())) {
                add("missing", "/dataSource", "rule.data-source-missing");
            }
            if (rule.cumulative() && rule.kind() != MeasureKind.COUNT) {
                add("ambiguous-rule", "/cumulative", "rule.cumulative-not-count");
            }
            if (rule.kind() == MeasureKind.MILESTONE) {
                milestone(rule);
                return;
            }
            if (rule.direction() == null) {
                add("ambiguous-rule", "/direction", "rule.direction-missing");
            }
            if (rule.milestone() != null) {
                add("ambiguous-rule", "/milestone", "rule.milestone-not-milestone");
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
                add("ambiguous-rule", "/milestone", "rule.milestone-incomplete");
            }
            if (rule.threshold() != null || rule.direction() != null || rule.baseline() != null
                    || rule.itemBaseline() != null) {
                add("ambiguous-rule", "/threshold", "rule.milestone-with-threshold");
            }
        }

        private void itemBaseline(TargetRule rule) {
            if (rule.kind() != MeasureKind.COUNT) {
                add("ambiguous-rule", "/itemBaseline", "rule.item-baseline-not-count");
            }
            if (rule.itemBaseline().fiscalYear() == null || rule.itemBaseline().change() == null) {
                add("ambiguous-rule", "/itemBaseline", "rule.item-baseline-incomplete");
            }
        }

        private void percent(TargetRule rule) {
            unit(rule, "％");
            if (rule.percentBasis() == null) {
                add("ambiguous-rule", "/percentBasis", "rule.percent-basis-missing");
            }
            threshold(rule);
            if (rule.threshold() != null
                    && (rule.threshold().signum() < 0 || rule.threshold().compareTo(HUNDRED) > 0)) {
                add("out-of-range", "/threshold", "rule.percent-range");
            }
        }

        private void count(TargetRule rule) {
            if (blank(rule.unit())) {
                add("ambiguous-rule", "/unit", "rule.count-unit-missing");
            }
            threshold(rule);
            if (rule.threshold() != null && (rule.threshold().signum() < 0 || rule.threshold().stripTrailingZeros().scale() > 0)) {
                add("out-of-range", "/threshold", "rule.count-range");
            }
        }

        private void score(TargetRule rule) {
            unit(rule, "点");
            if (rule.scale() == null || rule.scale() <= 0) {
                add("ambiguous-rule", "/scale", "rule.scale-missing");
            }
            threshold(rule);
            if (rule.threshold() != null && rule.scale() != null && rule.scale() > 0
                    && (rule.threshold().signum() < 0 || rule.threshold().compareTo(BigDecimal.valueOf(rule.scale())) > 0)) {
                add("out-of-range", "/threshold", "rule.score-range");
            }
        }

        private void areaCoverage(TargetRule rule) {
            // The unit names the list covered: 地域 (全地域), 小学校区 (全小学校区), 校 (全校) …
            if (blank(rule.unit())) {
                add("ambiguous-rule", "/unit", "rule.coverage-unit-missing");
            }
            if (rule.threshold() != null) {
                add("ambiguous-rule", "/threshold", "rule.coverage-with-threshold");
            }
            if (areaCount == 0) {
                add("missing-areas", "/kind", "rule.coverage-needs-areas");
            }
        }

        private void threshold(TargetRule rule) {
            if (rule.hasPendingBaseline()) {
                if (rule.threshold() != null) {
                    add("ambiguous-rule", "/threshold", "rule.relative-with-threshold");
                }
                return;
            }
            if (rule.threshold() == null) {
                add("ambiguous-rule", "/threshold", "rule.threshold-missing");
                return;
            }
            if (rule.decimals() == null || rule.decimals() < 0) {
                add("ambiguous-rule", "/decimals", "rule.decimals-missing");
            } else if (Math.max(rule.threshold().scale(), 0) != rule.decimals()) {
                add("precision-mismatch", "/decimals", "rule.precision-mismatch", "threshold",
                        rule.threshold().toPlainString(), "written", Math.max(rule.threshold().scale(), 0),
                        "decimals", rule.decimals());
            }
        }

        private void baseline(TargetRule rule) {
            Baseline baseline = rule.baseline();
            if (baseline == null) {
                return;
            }
            if (baseline.type() == null) {
                add("ambiguous-rule", "/baseline/type", "rule.baseline-type-missing");
                return;
            }
            switch (baseline.type()) {
                case FIXED -> {
                    if (baseline.value() == null || rule.threshold() == null
                            || baseline.value().compareTo(rule.threshold()) != 0) {
                        add("baseline-mismatch", "/baseline/value", "rule.fixed-baseline-mismatch");
                    }
                }
                case FIXED_ADJUSTED -> adjusted(rule, baseline);
                case PREVIOUS_YEAR, PREVIOUS_YEAR_SAME_PERIOD -> {
                    if (baseline.periodDay() != null && baseline.type() == Baseline.Type.PREVIOUS_YEAR) {
                        add("ambiguous-rule", "/baseline/periodDay", "rule.period-day-not-same-period");
                    }
                    if (baseline.increment() == null) {
                        add("ambiguous-rule", "/baseline/increment", "rule.increment-missing");
                    }
                    if (baseline.incrementUnit() == null) {
                        add("ambiguous-rule", "/baseline/incrementUnit", "rule.increment-unit-missing");
                    }
                    if (rule.decimals() == null) {
                        add("ambiguous-rule", "/decimals", "rule.rate-decimals-missing");
                    }
                }
                default -> throw new IllegalStateException("unhandled baseline " + baseline.type());
            }
        }

        private void adjusted(TargetRule rule, Baseline baseline) {
            if (baseline.value() == null || baseline.changePercent() == null || baseline.rounding() == null) {
                add("ambiguous-rule", "/baseline", "rule.adjusted-baseline-incomplete");
                return;
            }
            BigDecimal derived = baseline.derived();
            if (baseline.computed() != null && baseline.computed().compareTo(derived) != 0) {
                add("baseline-mismatch", "/baseline/computed", "rule.computed-mismatch", "derived", derived.toPlainString());
            }
            BigDecimal resolved = derived.setScale(rule.decimals() == null ? 0 : rule.decimals(),
                    baseline.rounding().mode());
            if (rule.threshold() == null || resolved.compareTo(rule.threshold()) != 0) {
                add("baseline-mismatch", "/threshold", "rule.resolved-mismatch", "resolved", resolved.toPlainString());
            }
        }

        private void unit(TargetRule rule, String expected) {
            if (!expected.equals(rule.unit())) {
                add("ambiguous-rule", "/unit", "rule.unit-mismatch", "unit", expected, "kind", rule.kind());
            }
        }

        private void add(String code, String pointer, String textKey, Object... args) {
            out.add(Violation.of(code, at + pointer, textKey, args));
        }
    }
}
