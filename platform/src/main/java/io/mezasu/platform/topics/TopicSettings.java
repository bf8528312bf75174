package io.mezasu.platform.topics;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What one topic must look like, as declared in configuration ({@code mezasu.kafka.topics.<id>.*}).
 *
 * @param name              the Kafka topic name
 * @param owner             the service whose events it carries (documentation; Strimzi's KafkaTopic has one owner too)
 * @param partitions        partition count at creation; keys ({plan}/{target}) keep their order within one partition
 * @param replicationFactor copies of each partition
 * @param minInsyncReplicas copies that must have a record before an {@code acks=all} write is acknowledged
 * @param cleanupPolicy     {@code delete} for an event log, {@code compact} for a latest-value-per-key topic
 * @param retentionMs       {@code -1}: time never deletes anything
 * @param retentionBytes    {@code -1}: size never deletes anything
 */
public record TopicSettings(String name, String owner, int partitions, short replicationFactor, int minInsyncReplicas,
        String cleanupPolicy, long retentionMs, long retentionBytes) {

    /** The topic-level configuration a new topic is created with; also what an existing one is compared to. */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs),
                TopicConfig.RETENTION_BYTES_CONFIG, Long.toString(retentionBytes),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas));
    }

    static TopicSettings of(KafkaTopicsConfig.Topic topic) {
        return new TopicSettings(topic.name(), topic.owner(), topic.partitions(), topic.replicationFactor(),
                topic.minInsyncReplicas(), topic.cleanupPolicy(), topic.retentionMs(), topic.retentionBytes());
    }
}
