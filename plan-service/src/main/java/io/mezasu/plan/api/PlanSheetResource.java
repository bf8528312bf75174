package io.mezasu.plan.api;

import io.mezasu.plan.domain.PlanValidator;
import io.mezasu.plan.service.PlanSheetService;
import io.mezasu.plan.service.SheetExport;
import io.mezasu.plan.sheet.SheetFormat;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Plans as spreadsheets (表計算): the latest published version as CSV or Excel, public like the plan itself, and
 * a sheet imported as a draft by a plan editor. The columns are in docs/api-guide.md. Thin: the service decides.
 */
@Path("/api/v1/plans")
@Tag(name = "Plans", description = "区運営方針: drafts, publishing and immutable published versions")
public class PlanSheetResource {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** As the latest version's JSON: revalidate with the ETag after a minute. */
    private static final CacheControl LATEST = CacheControl.valueOf("public, max-age=60");

    private final PlanSheetService sheets;
    private final Caller caller;

    public PlanSheetResource(PlanSheetService sheets, Caller caller) {
        this.sheets = sheets;
        this.caller = caller;
    }

    @PermitAll
    @GET
    @Path("/{key}/export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportPlanCsv", summary = "Download the latest version as CSV (表計算)",
            description = "The plan as ward staff keep it: the tables [計画] (plan-level items), [目標] (one row per "
                    + "target with its 経営課題, 戦略, めざす状態, 具体的取組, 指標 and 目標) and [予算] (one row per "
                    + "priority project with its 予算額 in 千円), one after the other; a plan that follows another "
                    + "names it in the 計画 item 前年度の計画キー and, where codes moved, in the 目標 column "
                    + "前年度の目標番号. UTF-8 with a BOM, CRLF. "
                    + "Import it back with POST /api/v1/plans/import.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published version of the plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportCsv(@PathParam("key") @Pattern(regexp = PlanValidator.KEY_REGEX) String key,
            @Context Request request) {
        return download(sheets.export(key, SheetFormat.CSV), CSV + "; charset=UTF-8", request);
    }

    @PermitAll
    @GET
    @Path("/{key}/export.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportPlanXlsx", summary = "Download the latest version as an Excel workbook (表計算)",
            description = "The same tables as the CSV, as the sheets 計画, 目標 and 予算: header row frozen, codes in "
                    + "text cells, 予算額 as numbers. Import it back with POST /api/v1/plans/import.")
    @APIResponse(responseCode = "200", description = "The workbook, as an attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No published version of the plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportXlsx(@PathParam("key") @Pattern(regexp = PlanValidator.KEY_REGEX) String key,
            @Context Request request) {
        return download(sheets.export(key, SheetFormat.XLSX), XLSX, request);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD) // the service names the two accepted types in its own 415
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPlanSheet", summary = "Create a draft from a spreadsheet (表計算)",
            description = "A CSV (UTF-8, or Shift_JIS / windows-31j / cp932 when the Content-Type says so, as Excel "
                    + "saves it) or an Excel workbook with the tables of the export. Targets without a 判定ルール get a "
                    + "rule proposed from their wording (PROPOSED; confirm them before publishing); a 判定ルール given "
                    + "as JSON is taken as written (CONFIRMED). A sheet with any problem is refused whole with 422, "
                    + "every problem naming its sheet, row and column; nothing is written.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Draft created; Location points at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SheetImportResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan already has a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The sheet is larger than the limits (bytes, rows)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX, or a charset other than UTF-8 or Shift_JIS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The sheet has problems, each with its sheet, row and column "
            + "(errors[].field is the cell, e.g. 目標!M5; sheetProblems has them by part); nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importSheet(byte[] body, @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "The draft's plan key; without it, the sheet's 計画キー")
            @QueryParam("key") @Pattern(regexp = PlanValidator.KEY_REGEX) String key, @Context UriInfo uri) {
        SheetImportResponse imported = SheetImportResponse.of(sheets.importSheet(body == null ? new byte[0] : body,
                contentType, key, caller.subject()));
        URI location = uri.getBaseUriBuilder().path("api/v1/plans/{key}/draft").build(imported.draft().key());
        return Response.created(location).entity(imported).build();
    }

    private static Response download(SheetExport export, String type, Request request) {
        EntityTag etag = new EntityTag(export.etag() + "-" + export.format().extension());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(export.body(), type)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        return builder.tag(etag).cacheControl(LATEST).build();
    }
}
