package io.mezasu.measurement.domain.measurement;

/**
 * {@code {plan}/{target}}: the Kafka key of a target's measurement and evaluation events (every change of one target
 * stays in one partition, in order), and the name of a target wherever one string must say which.
 */
public final class TargetKey {

    private TargetKey() {
    }

    public static String of(String plan, String target) {
        return plan + "/" + target;
    }
}
