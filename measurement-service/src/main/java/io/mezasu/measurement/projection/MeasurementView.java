package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.measurement.Measurement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measurement as the API shows it: the submitted content, its derived ratio, version and status. */
@Schema(name = "MeasurementView")
public record MeasurementView(
        UUID id,
        @Schema(example = "minato-fy2019") String plan,
        @Schema(example = "1-1-1-1") String target,
        @Schema(example = "1") int version,
        @Schema(enumeration = {"ACTIVE", "RETRACTED"}) String status,
        String retractionReason,
        @Schema(description = "numerator ÷ denominator × 100, derived here (SURVEY and RATIO only)", example = "41.2")
        BigDecimal ratioPercent,
        Measurement measurement,
        OffsetDateTime firstRecordedAt,
        OffsetDateTime recordedAt,
        @Schema(description = "Subject of the token behind the latest change") String recordedBy) {

    static MeasurementView of(UUID id, String plan, String target, int version, boolean retracted,
            String retractionReason, Measurement m, OffsetDateTime firstRecordedAt, OffsetDateTime recordedAt,
            String recordedBy) {
        return new MeasurementView(id, plan, target, version, retracted ? "RETRACTED" : "ACTIVE", retractionReason,
                ratio(m), m, firstRecordedAt, recordedAt, recordedBy);
    }

    private static BigDecimal ratio(Measurement m) {
        if (m.numerator() == null || m.denominator() == null || m.denominator() == 0) {
            return null;
        }
        return BigDecimal.valueOf(m.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(m.denominator()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
