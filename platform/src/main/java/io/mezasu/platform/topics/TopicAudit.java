package io.mezasu.platform.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.TopicConfig;

/** Compares an existing topic with its declaration; pure, so every rule is unit-tested without a broker. */
public final class TopicAudit {

    /** What the broker reports of a topic. */
    public record Observed(int partitions, int replicationFactor, Map<String, String> configs) {
    }

    /**
     * One difference. {@code losesEvents} marks the ones that make the topic unfit as a source of truth (readiness
     * DOWN); the others are reported but do not stop the service.
     */
    public record Finding(String topic, String setting, String actual, String declared, boolean losesEvents,
            String message) {
    }

    private TopicAudit() {
    }

    public static List<Finding> audit(TopicSettings declared, Observed observed) {
        List<Finding> findings = new ArrayList<>();
        cleanupPolicy(declared, observed).ifPresent(findings::add);
        if (policies(observed).contains(TopicConfig.CLEANUP_POLICY_DELETE)) {
            retention(declared, observed, TopicConfig.RETENTION_MS_CONFIG, declared.retentionMs()).ifPresent(findings::add);
            retention(declared, observed, TopicConfig.RETENTION_BYTES_CONFIG, declared.retentionBytes())
                    .ifPresent(findings::add);
        }
        if (observed.partitions() != declared.partitions()) {
            findings.add(new Finding(declared.name(), "partitions", Integer.toString(observed.partitions()),
                    Integer.toString(declared.partitions()), false, declared.name() + " has " + observed.partitions()
                            + " partitions, declared " + declared.partitions()
                            + " (no event is lost; the declaration should follow the topic)"));
        }
        if (observed.replicationFactor() < declared.replicationFactor()) {
            findings.add(new Finding(declared.name(), "replication.factor", Integer.toString(observed.replicationFactor()),
                    Integer.toString(declared.replicationFactor()), false, declared.name() + " keeps "
                            + observed.replicationFactor() + " copies, declared " + declared.replicationFactor()));
        }
        String minIsr = observed.configs().get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        if (minIsr != null && Integer.parseInt(minIsr) < declared.minInsyncReplicas()) {
            findings.add(new Finding(declared.name(), TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minIsr,
                    Integer.toString(declared.minInsyncReplicas()), false, declared.name()
                            + " acknowledges a write held by " + minIsr + " replicas, declared "
                            + declared.minInsyncReplicas()));
        }
        return findings;
    }

    private static List<String> policies(Observed observed) {
        String policy = observed.configs().getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        return Arrays.stream(policy.split(",")).map(String::trim).toList();
    }

    /** A log declared without compaction loses its history if compacted: only the latest event per key stays. */
    private static Optional<Finding> cleanupPolicy(TopicSettings declared, Observed observed) {
        String actual = String.join(",", policies(observed));
        boolean declaredCompact = declared.cleanupPolicy().contains(TopicConfig.CLEANUP_POLICY_COMPACT);
        if (declaredCompact || !actual.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(declared.name(), TopicConfig.CLEANUP_POLICY_CONFIG, actual,
                declared.cleanupPolicy(), true, declared.name() + " has cleanup.policy=" + actual
                        + ": compaction keeps only the latest event per key, so earlier events of a target are lost"));
    }

    /** Any time or size limit deletes events that a declared {@code -1} keeps; a shorter limit than declared too. */
    private static Optional<Finding> retention(TopicSettings declared, Observed observed, String setting,
            long wanted) {
        String value = observed.configs().get(setting);
        long actual = value == null ? -1 : Long.parseLong(value);
        if (actual == wanted || actual == -1) {
            return Optional.empty();
        }
        boolean loses = wanted == -1 || actual < wanted;
        return Optional.of(new Finding(declared.name(), setting, Long.toString(actual), Long.toString(wanted),
                loses, declared.name() + " has " + setting + "=" + actual + describe(setting, actual)
                        + (loses ? ": older events are deleted" : "") + "; declared " + wanted
                        + (wanted == -1 ? " (keep every event)" : "")));
    }

    private static String describe(String setting, long value) {
        if (!TopicConfig.RETENTION_MS_CONFIG.equals(setting)) {
            return " bytes per partition";
        }
        Duration d = Duration.ofMillis(value);
        return d.toDays() >= 1 ? " (" + d.toDays() + " days)" : " (" + d.toMinutes() + " minutes)";
    }
}
