package io.mezasu.plan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 業績目標 {@code 1-1-1-1}: the indicator and target text exactly as the plan words them, and the
 * typed rule they were read as. {@code pairing} says whether the plan's layout states which initiative
 * the target belongs to, or whether the pairing was inferred from meaning. {@code ruleOrigin} says
 * where the rule came from: absent (null) when written by hand, PROPOSED when the grammar filled it
 * in and nobody has confirmed it yet, CONFIRMED after an editor did. Only a PROPOSED rule blocks
 * publishing. Omitted from JSON when null, so documents written before it existed are unchanged.
 */
public record Target(
        String code,
        String indicator,
        String targetText,
        Pairing pairing,
        String pairingNote,
        TargetRule rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) RuleOrigin ruleOrigin) {

    public enum Pairing {
        STATED, INFERRED
    }

    /** 判定ルールの由来: proposed from the wording (提案), or confirmed by an editor (確認済). */
    public enum RuleOrigin {
        PROPOSED, CONFIRMED
    }

    public Target withRule(TargetRule newRule, RuleOrigin origin) {
        return new Target(code, indicator, targetText, pairing, pairingNote, newRule, origin);
    }

    /** True unless the rule still waits for an editor's confirmation. */
    public boolean ruleConfirmed() {
        return ruleOrigin != RuleOrigin.PROPOSED;
    }
}
