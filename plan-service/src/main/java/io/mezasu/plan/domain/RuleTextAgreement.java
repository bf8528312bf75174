package io.mezasu.plan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compares a typed rule with what its own wording says ({@link TargetTextReader}); lists each disagreement. */
final class RuleTextAgreement {

    private RuleTextAgreement() {
    }

    static List<Violation> check(Target target, String at) {
        List<Violation> out = new ArrayList<>();
        TargetRule rule = target.rule();
        var reading = TargetTextReader.read(target.indicator(), target.targetText());
        if (reading.isEmpty()) {
            out.add(Violation.of("ambiguous-rule", at + "/targetText", "rule.wording-unreadable",
                    "text", target.targetText()));
            return out;
        }
        var read = reading.get();
        compare(out, at + "/rule/kind", "kind", read.kind(), rule.kind());
        if (read.kind() == TargetRule.MeasureKind.MILESTONE) {
            // The wording's last verb must be among the declared ones ("把握・促進" covers "…の促進").
            if (rule.milestone() != null && rule.milestone().action() != null
                    && !rule.milestone().action().contains(read.milestoneAction())) {
                compare(out, at + "/rule/milestone/action", "milestone action", read.milestoneAction(),
                        rule.milestone().action());
            }
            deliverableWithoutVerbs(out, rule.milestone(), at + "/rule/milestone/deliverable");
            return out;
        }
        compare(out, at + "/rule/itemBaseline/fiscalYear", "item baseline year",
                TargetTextReader.itemBaselineYear(target.indicator()).orElse(null),
                rule.itemBaseline() == null ? null : rule.itemBaseline().fiscalYear());
        compare(out, at + "/rule/direction", "direction", read.direction(), rule.direction());
        compare(out, at + "/rule/directionStated", "directionStated", read.directionStated(),
                rule.directionStated() == null || rule.directionStated());
        compareNumber(out, at + "/rule/threshold", read.threshold(), rule.threshold());
        if (read.threshold() != null) {
            compare(out, at + "/rule/decimals", "decimals", read.decimals(), rule.decimals());
        }
        compare(out, at + "/rule/unit", "unit", read.unit(), rule.unit());
        compare(out, at + "/rule/cumulative", "cumulative (延べ)", read.cumulative(), rule.cumulative());
        if (read.scale() != null) {
            compare(out, at + "/rule/scale", "scale", read.scale(), rule.scale());
        }
        compare(out, at + "/rule/baseline/type", "baseline", read.baseline(),
                rule.baseline() == null ? null : rule.baseline().type());
        if (read.baselineValue() != null && rule.baseline() != null) {
            compareNumber(out, at + "/rule/baseline/value", read.baselineValue(), rule.baseline().value());
        }
        return out;
    }

    /** The action holds the verbs (策定, 把握・促進); the deliverable names only what they act on. */
    private static void deliverableWithoutVerbs(List<Violation> out, TargetRule.Milestone milestone, String pointer) {
        if (milestone == null || milestone.action() == null || milestone.deliverable() == null) {
            return;
        }
        for (String verb : milestone.action().split("・")) {
            if (!verb.isBlank() && milestone.deliverable().contains(verb)) {
                out.add(Violation.of("rule-text-mismatch", pointer, "rule.deliverable-repeats-verb", "verb", verb));
            }
        }
    }

    private static void compare(List<Violation> out, String pointer, String what, Object fromText, Object inRule) {
        if (!Objects.equals(fromText, inRule)) {
            out.add(Violation.of("rule-text-mismatch", pointer, "rule.text-mismatch", "what", what,
                    "fromText", fromText, "inRule", inRule));
        }
    }

    private static void compareNumber(List<Violation> out, String pointer, BigDecimal fromText, BigDecimal inRule) {
        boolean same = fromText == null ? inRule == null : inRule != null && fromText.compareTo(inRule) == 0;
        if (!same) {
            out.add(Violation.of("rule-text-mismatch", pointer, "rule.number-mismatch", "fromText", plain(fromText),
                    "inRule", plain(inRule)));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
