package io.mezasu.measurement.ingest;

import io.mezasu.platform.problem.Text;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of a batch import, modelled on DHIS2's import summary. A batch is all-or-nothing:
 * with any rejected row the status is ERROR and nothing is written, so the counts are exact by
 * construction; a corrected batch can simply be sent again (identical rows come back as ignored).
 */
@Schema(name = "ImportSummary")
public record ImportSummary(
        @Schema(description = "SUCCESS: all rows accepted. WARNING: accepted, but some rows were identical "
                + "resubmissions and ignored. ERROR: rows were rejected and nothing was written.") Status status,
        @Schema(description = "True when ?dryRun=true: counts say what would happen; nothing was written") boolean dryRun,
        Counts counts,
        List<Conflict> conflicts) {

    public enum Status {
        SUCCESS, WARNING, ERROR
    }

    /** imported = new measurements; updated = corrections; ignored = identical resubmissions. */
    public record Counts(int total, int imported, int updated, int ignored, int rejected) {
    }

    /**
     * One problem with one row. {@code index} is the 0-based position in the batch; for CSV, {@code line}
     * is the line number in the file (the header is line 1).
     */
    public record Conflict(int index, Integer line, String field, String code,
            @Schema(implementation = String.class, description = "What is wrong, in the caller's language "
                    + "(Accept-Language)") Text message) {
    }
}
