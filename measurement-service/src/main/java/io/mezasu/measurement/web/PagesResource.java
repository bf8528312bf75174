package io.mezasu.measurement.web;

import io.mezasu.platform.text.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pages for people (Japanese first, ?lang=en): the published plans, a plan's dashboard, one target. Public:
 * they show what the API shows anonymously; raw measurements only to signed-in staff allowed to read them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Pages", description = "Server-rendered pages for ward staff, council members and residents")
public class PagesResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance index(PageFrame frame, List<PlanCard> plans);

        static native TemplateInstance plan(PageFrame frame, DashboardView view, FilterForm form);

        static native TemplateInstance target(PageFrame frame, TargetView view);
    }

    private final PageQueries queries;
    private final PageRequests requests;
    private final ReviewReports narratives;

    public PagesResource(PageQueries queries, PageRequests requests, ReviewReports narratives) {
        this.queries = queries;
        this.requests = requests;
        this.narratives = narratives;
    }

    @GET
    @Operation(summary = "The published plans with their headline figures (page)")
    public Response index(@QueryParam("lang") @SingleLine String lang, @CookieParam(Lang.COOKIE) String langCookie,
            @CookieParam(StaffSession.COOKIE) String session) {
        PageRequests.Page page = requests.context(lang, langCookie, session);
        return page.render(Templates.index(page.frame(), queries.plans(page.lang())));
    }

    @GET
    @Path("plans/{key}")
    @Operation(summary = "A plan's dashboard: 経営課題, 戦略, 具体的取組 and 業績目標 with their status (page)")
    public Response plan(@PathParam("key") @SingleLine String key, @QueryParam("lang") @SingleLine String lang,
            @QueryParam("issue") @SingleLine String issue, @QueryParam("status") @SingleLine String status, @QueryParam("mode") @SingleLine String mode,
            @QueryParam("asOf") @SingleLine String asOf, @CookieParam(Lang.COOKIE) String langCookie,
            @CookieParam(StaffSession.COOKIE) String session) {
        PageRequests.Page page = requests.context(lang, langCookie, session);
        FilterForm form = FilterForm.read(issue, status, mode, asOf);
        DashboardView view = queries.dashboard(key, form.asOfInstant(), form.evaluationMode(),
                new Dashboards.Filter(form.issueNumber(), form.statusCode()), page.lang());
        return page.render(Templates.plan(page.frame(), view, form.withOptions(view, page.lang())));
    }

    @GET
    @Path("plans/{key}/targets/{code}")
    @Operation(summary = "One target: wording, rule, evaluation, chart over the year, history (page)")
    public Response target(@PathParam("key") @SingleLine String key, @PathParam("code") @SingleLine String code,
            @QueryParam("lang") @SingleLine String lang, @CookieParam(Lang.COOKIE) String langCookie,
            @CookieParam(StaffSession.COOKIE) String session) {
        PageRequests.Page page = requests.context(lang, langCookie, session);
        TargetView view = queries.target(key, code, page.staff(), page.lang());
        return page.render(Templates.target(page.frame(), view.withNarratives(
                narratives.forTarget(key, code, page.staff()))));
    }
}
