package io.mezasu.measurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;

/** Typed settings of measurement-service ({@code mezasu.measurement.*}). */
@ConfigMapping(prefix = "mezasu.measurement")
public interface MeasurementConfig {

    /** The event log of measurement changes; key = {plan}/{target}. */
    @WithDefault("mezasu.measurements")
    String topic();

    /** Where the projector sets unreadable measurement events aside. */
    @WithDefault("mezasu.measurements.dlq")
    String deadLetterTopic();

    /** Where the catalog sets unreadable plan events aside. */
    @WithDefault("mezasu.plans.dlq")
    String plansDeadLetterTopic();

    /** Consumer group of the live projector (MeasurementProjector). */
    @WithDefault("measurement-service.projection")
    String projectorGroup();

    /** Most records the projector takes into one batch (one transaction). */
    @WithDefault("2000")
    int projectorMaxPollRecords();

    /** TargetEvaluated events, compacted: the latest evaluation per target; key = {plan}/{target}. */
    @WithDefault("mezasu.evaluations")
    String evaluationsTopic();

    /** Review narrative changes (io.mezasu.review.narrative-changed.v1); key = plan. */
    @WithDefault("mezasu.reviews")
    String reviewsTopic();

    /** When the year-end pass runs by the calendar: 00:00 on 1 April (read in Asia/Tokyo); "off" disables it. */
    @WithDefault("0 0 0 1 4 ?")
    String yearEndCron();

    /** How often the year-end pass checks for a year that ended while the service was down; "off" disables it. */
    @WithDefault("5m")
    String yearEndCheck();

    /** The first check after start-up. */
    @WithDefault("20s")
    String yearEndDelay();

    /** The zone in which a fiscal year ends (年度末 in Japan Standard Time). */
    @WithDefault("Asia/Tokyo")
    java.time.ZoneId zone();

    /** CloudEvents {@code source} of the events this service writes. */
    @WithDefault("urn:mezasu:measurement-service")
    URI eventSource();

    /** How long a request waits for Kafka's acknowledgement before answering 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Retry-After sent with a 503 when Kafka is unreachable. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Most measurements one batch request may carry. */
    @WithDefault("10000")
    int batchLimit();

    @WithDefault("100")
    int defaultPageSize();

    /**
     * Most observations in effect a replay keeps in memory to evaluate every target at its end; beyond, it reads each
     * target back from the tables instead. Unset: as many as a third of the maximum heap holds at about 200 bytes
     * each ({@link #REPLAY_BYTES_PER_OBSERVATION}; a 1 GB heap gives about 1.7 million). The rest of the heap keeps
     * what a replay has in flight (three chunks of events, two COPY buffers, the fetches) and live requests.
     */
    OptionalLong replayInEffectLimit();

    /** One observation in effect on the heap during a replay: 185 bytes measured on JDK 25 (record, id, dates, reading, index). */
    long REPLAY_BYTES_PER_OBSERVATION = 200;

    /** The configured limit, or a third of the heap's worth. */
    default long replayInEffectLimitOrHeapShare() {
        return replayInEffectLimit().orElse(Runtime.getRuntime().maxMemory() / 3 / REPLAY_BYTES_PER_OBSERVATION);
    }

    @WithDefault("1000")
    int maxPageSize();
}
