package io.mezasu.platform.topics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every topic of Mezasu, declared once (platform's shared configuration), and the ones this service uses. Each
 * setting can be overridden per deployment, e.g. {@code MEZASU_KAFKA_TOPICS_MEASUREMENTS_REPLICATION_FACTOR=3}.
 */
@ConfigMapping(prefix = "mezasu.kafka")
public interface KafkaTopicsConfig {

    /** Topic declarations by id (plans, measurements, …). */
    Map<String, Topic> topics();

    /** Ids of the topics this service reads or writes: created when missing, checked when present, at start-up. */
    @WithDefault("")
    List<String> uses();

    /**
     * Copies of every partition, for all topics at once ({@code MEZASU_KAFKA_REPLICATION_FACTOR=3} on a
     * three-broker cluster); each topic's declaration refers to it.
     */
    @WithDefault("1")
    short replicationFactor();

    /** Copies that must hold a record before an {@code acks=all} write is acknowledged, for all topics at once. */
    @WithDefault("1")
    int minInsyncReplicas();

    /** How long one admin call may take before the check is reported as not done (readiness DOWN). */
    @WithDefault("5s")
    Duration adminTimeout();

    /** Readiness re-reads the topics' settings at most this often, so a topic changed later is noticed. */
    @WithDefault("30s")
    Duration recheckInterval();

    /**
     * Whether settings of an existing topic that would lose events are changed to the declared ones at start-up.
     * Off by default: in a data centre the topic belongs to operations (Strimzi's KafkaTopic); the local stack
     * turns it on so that a data directory from an older version is brought up to date.
     */
    @WithDefault("false")
    boolean alignExisting();

    interface Topic {
        String name();

        @WithDefault("unspecified")
        String owner();

        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        @WithDefault("1")
        int minInsyncReplicas();

        @WithDefault("delete")
        String cleanupPolicy();

        @WithDefault("-1")
        long retentionMs();

        @WithDefault("-1")
        long retentionBytes();
    }
}
