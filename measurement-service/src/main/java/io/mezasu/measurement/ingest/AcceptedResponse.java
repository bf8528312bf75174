package io.mezasu.measurement.ingest;

import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a single write: which measurement, and what became of the request. */
@Schema(name = "MeasurementAccepted")
public record AcceptedResponse(
        UUID id,
        @Schema(description = "RECORDED (new), CORRECTED (supersedes the earlier value), IGNORED (identical "
                + "resubmission: no new event), RETRACTED") Submission.Outcome outcome,
        @Schema(example = "/api/v1/measurements/5f0c…") URI location) {
}
