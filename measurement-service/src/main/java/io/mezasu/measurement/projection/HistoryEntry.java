package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.measurement.Measurement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a measurement: what changed, who changed it and when. */
@Schema(name = "MeasurementVersion")
public record HistoryEntry(
        @Schema(example = "2") int version,
        @Schema(enumeration = {"RECORDED", "CORRECTED", "RETRACTED"}) String change,
        @Schema(description = "Content of this version; absent for a retraction") Measurement measurement,
        String reason,
        @Schema(description = "Subject of the token that made the change") String actor,
        OffsetDateTime recordedAt,
        UUID eventId) {
}
