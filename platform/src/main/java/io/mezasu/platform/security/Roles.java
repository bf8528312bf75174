package io.mezasu.platform.security;

import java.util.List;

/**
 * The roles a bearer token may carry in its {@code groups} claim. Anonymous callers have none: they may read
 * only what is published (plans, evaluations, roll-ups) and the operations endpoints.
 */
public final class Roles {

    /** Creates, validates and publishes plans. */
    public static final String PLAN_EDITOR = "plan-editor";
    /** Pushes, corrects, retracts and reads back measurements, within its {@link VendorScope}. */
    public static final String VENDOR = "vendor";
    /** Reads drafts, raw measurements and their history. */
    public static final String READER = "reader";
    /** Replays and rebuilds; reopens a closed year (a different person from the one who closed it). */
    public static final String OPERATOR = "operator";
    /** Records review points (振り返り) and writes their narratives (自己評価の記述). */
    public static final String EVALUATOR = "evaluator";
    /** Closes a fiscal year after the 区政会議 (確定); cannot reopen it alone. */
    public static final String APPROVER = "approver";

    /** A city system without a Kafka consumer: manages its own webhook subscriptions (連携システム). */
    public static final String INTEGRATOR = "integrator";

    public static final List<String> ALL = List.of(PLAN_EDITOR, VENDOR, READER, OPERATOR, EVALUATOR, APPROVER,
            INTEGRATOR);

    private Roles() {
    }
}
