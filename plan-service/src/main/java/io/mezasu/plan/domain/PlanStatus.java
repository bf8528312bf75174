package io.mezasu.plan.domain;

/** A draft can be edited, validated and discarded; a published version never changes again. */
public enum PlanStatus {
    DRAFT, PUBLISHED
}
