package io.mezasu.measurement.ingest;

import io.mezasu.measurement.domain.measurement.Measurement;
import java.util.UUID;

/** A row of a submission: its place in the request, and the measurement it carries. */
public record Submission(int index, Integer line, Measurement measurement) {

    /** What became of an accepted submission. */
    public enum Outcome {
        RECORDED, CORRECTED, IGNORED, RETRACTED
    }

    /**
     * The measurement a submission landed on and what happened to it; {@code replayed} when an
     * Idempotency-Key retry got the first answer again.
     */
    public record Result(UUID measurementId, Outcome outcome, boolean replayed) {

        public Result(UUID measurementId, Outcome outcome) {
            this(measurementId, outcome, false);
        }
    }
}
