package io.mezasu.plan.domain;

/**
 * 業績目標 {@code 1-1-1-1}: the indicator and target text exactly as the plan words them, and the
 * typed rule they were read as. {@code pairing} says whether the plan's layout states which initiative
 * the target belongs to, or whether the pairing was inferred from meaning.
 */
public record Target(
        String code,
        String indicator,
        String targetText,
        Pairing pairing,
        String pairingNote,
        TargetRule rule) {

    public enum Pairing {
        STATED, INFERRED
    }
}
