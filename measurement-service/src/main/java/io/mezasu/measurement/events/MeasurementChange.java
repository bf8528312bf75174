package io.mezasu.measurement.events;

import io.mezasu.measurement.domain.measurement.Measurement;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One accepted change to a measurement, as the measurements topic carries it and the projector
 * applies it. {@code measurement} and {@code contentHash} are null for a retraction; {@code reason}
 * is set only for one. {@code contentJson}, the canonical JSON behind {@code contentHash}, is carried when
 * ingest already wrote it, so the event reuses it instead of serializing the measurement again; null otherwise.
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

    /** The canonical JSON of the measurement (null for a retraction): as carried, or written now. */
    public String content() {
        return measurement == null ? null : contentJson != null ? contentJson : MeasurementJson.write(measurement);
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
        return plan + "/" + target;
    }
}
