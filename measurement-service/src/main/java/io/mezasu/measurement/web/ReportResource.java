package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.platform.text.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 区政会議 self-evaluation report: HTML with A4 print CSS, and the same document as PDF. */
@Path("/")
@PermitAll
@Tag(name = "Pages")
public class ReportResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance report(PageFrame frame, ReportView view, String css, boolean pdf);
    }

    private static final String CSS = read("web/report.css");

    private final PageQueries queries;
    private final PageRequests requests;
    private final PdfRenderer pdf;
    private final Clock clock;
    private final ReviewReports reviews;

    public ReportResource(PageQueries queries, PageRequests requests, PdfRenderer pdf, Clock clock,
            ReviewReports reviews) {
        this.reviews = reviews;
        this.queries = queries;
        this.requests = requests;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GET
    @Path("plans/{key}/report")
    @Produces("text/html")
    @Operation(summary = "The self-evaluation report (自己評価) for the 区政会議, printable on A4 (page)")
    public Response html(@PathParam("key") @SingleLine String key, @BeanParam ViewParams params) {
        PageRequests.Page page = requests.context(params.lang, params.langCookie, params.session);
        return page.render(Templates.report(page.frame(), view(key, params, page), CSS, false));
    }

    @GET
    @Path("plans/{key}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The self-evaluation report as PDF (A4, Japanese font embedded)")
    public Response pdf(@PathParam("key") @SingleLine String key, @BeanParam ViewParams params) {
        PageRequests.Page page = requests.context(params.lang, params.langCookie, params.session);
        String xhtml = Templates.report(page.frame(), view(key, params, page), CSS, true)
                .setLocale(page.lang().locale()).render();
        return Response.ok(pdf.render(xhtml), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + key + "-report.pdf\"")
                .header("Cache-Control", "private, no-cache").build();
    }

    private ReportView view(String key, ViewParams params, PageRequests.Page page) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        if (params.review != null) {
            ReviewReports.Printed printed = reviews.printed(key, params.review, page.staff());
            return Reports.build(printed.snapshot(), printed.midYear(), today, page.lang(), printed.narratives());
        }
        FilterForm form = FilterForm.read(null, null, params.mode, params.asOf);
        PageQueries.Snapshot snapshot = queries.snapshot(key, form.asOfInstant(), form.evaluationMode());
        boolean midYear = Reports.midYear(form.evaluationMode(), snapshot.plan());
        return Reports.build(snapshot, midYear, today, page.lang(), code -> ReportView.Narrative.NONE);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
