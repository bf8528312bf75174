package io.mezasu.measurement.domain.measurement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One accepted change to a measurement, as the measurements topic carries it and the projector
 * applies it. {@code measurement}, {@code contentHash} and {@code contentJson} (the canonical JSON behind the hash,
 * written once where the change is made or read) are null for a retraction; {@code reason} is set only for one.
 */
public record MeasurementChange(
        UUID eventId,
        Type type,
        UUID measurementId,
        String plan,
        String target,
        String source,
        String sourceId,
        String actor,
        OffsetDateTime recordedAt,
        Measurement measurement,
        String contentHash,
        String reason,
        String contentJson) {

    public MeasurementChange {
        if (measurement != null && (contentJson == null || contentHash == null)) {
            throw new IllegalArgumentException("a recorded or corrected change carries its canonical JSON and hash");
        }
    }

    /** The canonical JSON of the measurement; null for a retraction. */
    public String content() {
        return contentJson;
    }

    /** The three versioned event types (io.mezasu.measurement.{recorded,corrected,retracted}.v1). */
    public enum Type {
        RECORDED("measurement.recorded"), CORRECTED("measurement.corrected"), RETRACTED("measurement.retracted");

        private final String eventName;

        Type(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }

    /** Kafka key: every change of one target stays in one partition, in order. */
    public String key() {
        return TargetKey.of(plan, target);
    }
}
