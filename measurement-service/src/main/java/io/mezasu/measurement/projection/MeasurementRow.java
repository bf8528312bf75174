package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.measurement.MeasurementChange;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The state of one measurement after a batch, as the {@code measurement} table holds it: what it says, and its latest
 * change. {@code content} is null in a row that a batch only retracted; the table keeps the content it had.
 */
record MeasurementRow(UUID id, Content content, LatestChange latest) {

    /** What the measurement says, from its latest recording or correction. */
    record Content(String plan, String target, String kind, String source, String sourceId, int fiscalYear,
            LocalDate observedOn, String json, String hash, OffsetDateTime firstRecordedAt) {
    }

    /** The latest change: the version it made, whether it retracted, and who made it when. */
    record LatestChange(int version, boolean retracted, String reason, OffsetDateTime recordedAt, String actor,
            UUID eventId) {
    }

    /** After a recording or correction; the first recording's time stays as an earlier change of the batch set it. */
    static MeasurementRow written(MeasurementChange change, int version, MeasurementRow earlier) {
        var m = change.measurement();
        OffsetDateTime first = earlier != null && earlier.content() != null
                ? earlier.content().firstRecordedAt() : change.recordedAt();
        Content content = new Content(change.plan(), change.target(), m.kind().name(), change.source(),
                change.sourceId(), m.fiscalYear(), m.observedOn(), change.content(), change.contentHash(), first);
        return new MeasurementRow(change.measurementId(), content, latest(change, version, false, null));
    }

    /** After a retraction: the content stays as an earlier change of the batch left it, or as the table has it. */
    static MeasurementRow retracted(MeasurementChange change, int version, MeasurementRow earlier) {
        return new MeasurementRow(change.measurementId(), earlier == null ? null : earlier.content(),
                latest(change, version, true, change.reason()));
    }

    private static LatestChange latest(MeasurementChange change, int version, boolean retracted, String reason) {
        return new LatestChange(version, retracted, reason, change.recordedAt(), change.actor(), change.eventId());
    }
}
