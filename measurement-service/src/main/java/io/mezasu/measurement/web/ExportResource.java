package io.mezasu.measurement.web;

import io.mezasu.measurement.web.export.CsvExport;
import io.mezasu.measurement.web.export.EvaluationRow;
import io.mezasu.measurement.web.export.EvaluationTable;
import io.mezasu.measurement.web.export.XlsxExport;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's evaluations as a spreadsheet: CSV for any tool, XLSX for Excel. Public, as the evaluations are. */
@Path("/")
@PermitAll
@Tag(name = "Pages")
public class ExportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PageQueries queries;
    private final ReviewReports reviews;
    private final StaffSession sessions;

    public ExportResource(PageQueries queries, ReviewReports reviews, StaffSession sessions) {
        this.queries = queries;
        this.reviews = reviews;
        this.sessions = sessions;
    }

    @GET
    @Path("plans/{key}/evaluations.csv")
    @Produces("text/csv")
    @Operation(summary = "Every target's evaluation as CSV (UTF-8 with BOM, one row per target)")
    public Response csv(@PathParam("key") @SingleLine String key, @BeanParam ViewParams params) {
        Lang language = Lang.resolve(params.lang, params.langCookie);
        return file(CsvExport.write(rows(key, params, language), language == Lang.EN),
                "text/csv; charset=UTF-8", key + "-evaluations.csv");
    }

    @GET
    @Path("plans/{key}/evaluations.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Every target's evaluation as an Excel workbook")
    public Response xlsx(@PathParam("key") @SingleLine String key, @BeanParam ViewParams params) {
        Lang language = Lang.resolve(params.lang, params.langCookie);
        return file(XlsxExport.write(key, rows(key, params, language), language == Lang.EN), XLSX,
                key + "-evaluations.xlsx");
    }

    private List<EvaluationRow> rows(String key, ViewParams params, Lang lang) {
        PageQueries.Snapshot snapshot;
        if (params.review != null) {
            snapshot = reviews.printed(key, params.review, sessions.caller(params.session)).snapshot();
        } else {
            FilterForm form = FilterForm.read(null, null, params.mode, params.asOf);
            snapshot = queries.snapshot(key, form.asOfInstant(), form.evaluationMode());
        }
        Texts texts = Words.of(lang);
        return EvaluationTable.rows(snapshot.plan(), snapshot.specs(),
                code -> texts.status("NOT_ON_TRACK".equals(code) ? "BEHIND" : code), lang == Lang.EN);
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-cache").build();
    }
}
