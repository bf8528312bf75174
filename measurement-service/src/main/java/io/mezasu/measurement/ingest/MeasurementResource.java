package io.mezasu.measurement.ingest;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.domain.measurement.TargetKey;
import io.mezasu.measurement.projection.HistoryEntry;
import io.mezasu.measurement.projection.MeasurementQueries;
import io.mezasu.measurement.projection.MeasurementView;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey and count results (測定値) pushed by vendors and city systems; thin: the services decide. */
@Path("/api/v1/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements", description = "Push, correct, retract and read survey and count results (測定値)")
public class MeasurementResource {

    static final String CSV = "text/csv";

    private final IngestService ingest;
    private final MeasurementQueries queries;
    private final MeasurementConfig config;
    private final Caller caller;

    public MeasurementResource(IngestService ingest, MeasurementQueries queries, MeasurementConfig config,
            Caller caller) {
        this.ingest = ingest;
        this.queries = queries;
        this.config = config;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VENDOR)
    @Operation(operationId = "submitMeasurement", summary = "Push one measurement",
            description = "Answers 202 once the change is durably in the event log (Kafka, acks=all). The same "
                    + "(source, sourceId) with identical content is IGNORED (200); with other content it is a "
                    + "correction (訂正) that supersedes the earlier value. The measurement shows through GET within "
                    + "moments. An Idempotency-Key makes a retry safe: it gets the first answer again.")
    @APIResponse(responseCode = "202", description = "Recorded or corrected",
            content = @Content(schema = @Schema(implementation = AcceptedResponse.class)))
    @APIResponse(responseCode = "200", description = "Identical resubmission, ignored",
            content = @Content(schema = @Schema(implementation = AcceptedResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown plan or target, kind mismatch, bad values",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka unreachable; nothing accepted; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "survey (1-1-1-1)", value = OpenApiExamples.SURVEY),
                    @ExampleObject(name = "延べ count (3-1-2-1)", value = OpenApiExamples.COUNT),
                    @ExampleObject(name = "score (6-4-1-2)", value = OpenApiExamples.SCORE),
                    @ExampleObject(name = "全地域 (2-1-1-1)", value = OpenApiExamples.AREAS),
                    @ExampleObject(name = "milestone (2-1-6-1)", value = OpenApiExamples.MILESTONE)}))
            Measurement measurement,
            @HeaderParam("Idempotency-Key") @Size(max = 200) @SingleLine String idempotencyKey) {
        if (measurement == null) {
            throw ProblemException.invalid(Text.of("ingest.body-required"), List.of(FieldIssue.of("/", "empty-body")));
        }
        if (measurement.plan() != null && measurement.target() != null) { // else: a 422 names what is missing
            caller.vendorScope().require(measurement.plan(), measurement.target(), measurement.source());
        }
        Submission.Result result = ingest.submit(measurement, caller.subject(), idempotencyKey);
        return accepted(result).header("Idempotent-Replayed", result.replayed() ? "true" : null).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VENDOR)
    @Operation(operationId = "submitMeasurementBatch", summary = "Push up to 10,000 measurements as a JSON array",
            description = "All or nothing: with any rejected row nothing is written and the answer is a 422 problem "
                    + "whose `summary` lists every conflict by row index. ?dryRun=true validates and counts only.")
    @APIResponse(responseCode = "200", description = "Import summary (SUCCESS or WARNING)")
    @APIResponse(responseCode = "413", description = "More than 10,000 measurements")
    @APIResponse(responseCode = "422", description = "Rows rejected; problem with `summary` (status ERROR)")
    public ImportSummary batch(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "survey and count", value = OpenApiExamples.BATCH)))
            List<Measurement> measurements, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        if (measurements == null) {
            throw ProblemException.invalid(Text.of("ingest.batch-body-required"),
                    List.of(FieldIssue.of("/", "empty-body")));
        }
        List<Submission> rows = IntStream.range(0, measurements.size()).mapToObj(i -> new Submission(i, null,
                measurements.get(i) == null ? Measurement.builder().build() : measurements.get(i))).toList();
        return importBatch(rows, dryRun);
    }

    @POST
    @Path("/batch")
    @Consumes(CSV)
    @RolesAllowed(Roles.VENDOR)
    // Same path and method as the JSON batch: OpenAPI has one operation for both, submitMeasurementBatch, whose
    // request body is JSON or text/csv.
    @Operation(summary = "Push up to 10,000 measurements as CSV (UTF-8 or Excel's Shift_JIS, header row)",
            description = "UTF-8 unless the Content-Type says charset=Shift_JIS (or windows-31j, cp932), read as "
                    + "CP932 as Excel writes it; the ISO-8859-1 label some clients add is read as UTF-8; any other "
                    + "charset is 415. Bytes invalid in the charset are 400, naming the line. "
                    + "Columns are named like the JSON fields (see docs/api-guide.md); areas are separated by |. "
                    + "Conflicts carry the CSV line number. Same all-or-nothing rule and dryRun as the JSON batch.")
    public ImportSummary batchCsv(
            @RequestBody(required = true, content = @Content(mediaType = CSV,
                    examples = @ExampleObject(name = "survey and count", value = OpenApiExamples.CSV)))
            byte[] body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Content-Type") String contentType) {
        return importBatch(CsvMeasurements.read(body == null ? new byte[0] : body, CsvCharset.of(contentType),
                config.batchLimit()), dryRun);
    }

    /**
     * A batch with any row outside the vendor's scope is refused whole (403, every such row listed):
     * authorization is not a data-quality finding to be fixed row by row.
     */
    private ImportSummary importBatch(List<Submission> rows, boolean dryRun) {
        List<FieldIssue> outside = rows.stream()
                .filter(r -> r.measurement().plan() != null && r.measurement().target() != null
                        && !caller.vendorScope().permits(r.measurement().plan(), r.measurement().target(),
                                r.measurement().source()))
                .map(r -> FieldIssue.of("/" + (r.line() != null ? r.line() : r.index()) + "/target",
                        "out-of-scope", "row", r.index(),
                        "target", TargetKey.of(r.measurement().plan(), r.measurement().target())))
                .limit(100)
                .toList();
        if (!outside.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Text.of("ingest.batch-out-of-scope"), outside);
        }
        return ingest.importBatch(rows, dryRun, caller.subject());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READER, Roles.VENDOR})
    @Operation(operationId = "getMeasurement", summary = "One measurement: current content, version and status",
            description = "A vendor reads only what its scope covers; anything else is 404, like a missing id.")
    public MeasurementView get(@PathParam("id") UUID id) {
        return queries.get(id, readScope());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.READER, Roles.VENDOR})
    @Operation(operationId = "getMeasurementHistory", summary = "Every version of a measurement, with who changed it and when",
            description = "A vendor reads only what its scope covers; anything else is 404, like a missing id.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return queries.history(id, readScope());
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.VENDOR})
    @Operation(operationId = "listMeasurements", summary = "Measurements, filtered and paginated (by observation date)",
            description = "For a vendor, only what its scope covers, and the total counts only that.")
    public MeasurementQueries.MeasurementPage list(
            @QueryParam("plan") @Parameter(example = "minato-fy2019") @Size(max = 64) @SingleLine String plan,
            @QueryParam("target") @Parameter(example = "1-1-1-1") @Size(max = 64) @SingleLine String target,
            @QueryParam("source") @Size(max = 100) @SingleLine String source,
            @QueryParam("from") @Parameter(description = "observed on or after", example = "2019-04-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "observed on or before", example = "2020-03-31") LocalDate to,
            @QueryParam("page") @Min(0) Integer page,
            @QueryParam("size") @Min(1) @Max(1000) Integer size) {
        return queries.list(plan, target, source, from, to, page, size, readScope());
    }

    /**
     * Null (everything) for a reader; a vendor's own scope otherwise, so a vendor can follow the Location it was
     * given. Vendors read by the same scope they write by: one rule, one claim.
     */
    private io.mezasu.platform.security.VendorScope readScope() {
        return caller.hasAnyRole(Roles.READER) ? null : caller.vendorScope();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.VENDOR)
    @Operation(operationId = "retractMeasurement", summary = "Retract a measurement (取消し), with a reason",
            description = "The measurement stays in the history; evaluations stop counting it. Retracting it "
                    + "again is IGNORED (200).")
    @APIResponse(responseCode = "202", description = "Retracted",
            content = @Content(schema = @Schema(implementation = AcceptedResponse.class)))
    public Response retract(@PathParam("id") UUID id,
            @QueryParam("reason") @Parameter(required = true, example = "集計誤り") @SingleLine String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw ProblemException.invalid(Text.of("ingest.reason-required"),
                    List.of(FieldIssue.of("reason", "required")));
        }
        return accepted(ingest.retract(id, reason, caller.subject(), caller.vendorScope())).build();
    }

    private static Response.ResponseBuilder accepted(Submission.Result result) {
        URI location = URI.create("/api/v1/measurements/" + result.measurementId());
        int status = result.outcome() == Submission.Outcome.IGNORED ? 200 : 202;
        return Response.status(status).location(location)
                .entity(new AcceptedResponse(result.measurementId(), result.outcome(), location));
    }
}
