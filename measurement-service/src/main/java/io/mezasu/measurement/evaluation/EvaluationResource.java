package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.evaluation.EvaluationViews.PlanEvaluation;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetEvaluation;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluations of targets (業績目標の評価): public information in Osaka, so anonymous may read them. */
@Path("/api/v1/plans/{key}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Evaluations", description = "Target evaluations with roll-ups, history and as-of views")
public class EvaluationResource {

    private final EvaluationQueries queries;
    private final SeriesQueries series;

    public EvaluationResource(EvaluationQueries queries, SeriesQueries series) {
        this.queries = queries;
        this.series = series;
    }

    @GET
    @Path("/evaluations")
    @Operation(operationId = "getPlanEvaluation", summary = "The whole plan with each target's evaluation and roll-ups per 戦略, 経営課題 and plan",
            description = "Counts by status and the achievement rate over the targets that can be judged, with each "
                    + "経営課題's budget (予算額, 千円) beside it. ?asOf= shows what was known then (by recorded time); "
                    + "?mode=in-year|year-end computes a what-if view (中間振り返り / 年度末). Judged on the read day (today, "
                    + "or asOf's day, in Japan): in-year 延べ and 全地域 are compared with the share of the year elapsed by then.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanEvaluation.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched: unchanged since")
    public Response plan(@PathParam("key") @SingleLine String key,
            @QueryParam("asOf") @Parameter(example = "2019-08-31T23:59:59+09:00") @SingleLine String asOf,
            @QueryParam("mode") @Parameter(description = "in-year or year-end") @SingleLine String mode,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (asOf != null || mode != null) {
            return Response.ok(queries.plan(key, asOf(asOf), mode(mode))).build();
        }
        // City systems poll this page: it is rendered once per change and revalidated with its ETag.
        PlanPages.Page page = queries.currentPlan(key);
        if (page.etag().equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", page.etag()).header("Cache-Control", "no-cache").build();
        }
        return Response.ok(page.body(), MediaType.APPLICATION_JSON_TYPE).header("ETag", page.etag())
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("/targets/{code}/evaluation")
    @Operation(operationId = "getTargetEvaluation", summary = "One target's evaluation: status, Osaka label, actual, target, 進捗率, explanation",
            description = "Judged on the read day; ?asOf= and ?mode= work as for getPlanEvaluation.")
    public TargetEvaluation target(@PathParam("key") @SingleLine String key, @PathParam("code") @SingleLine String code,
            @QueryParam("asOf") @SingleLine String asOf, @QueryParam("mode") @SingleLine String mode) {
        return queries.target(key, code, asOf(asOf), mode(mode));
    }

    @GET
    @Path("/targets/{code}/evaluation/history")
    @Operation(operationId = "getTargetEvaluationHistory", summary = "Every version of a target's evaluation, oldest first",
            description = "One entry per change of the evaluation, each with the measurement behind it.")
    public List<TargetEvaluation> history(@PathParam("key") @SingleLine String key, @PathParam("code") @SingleLine String code) {
        return queries.history(key, code);
    }

    @GET
    @Path("/targets/{code}/series")
    @Operation(operationId = "getTargetSeries", summary = "One indicator year by year over the chain of plans (経年)",
            description = "The plan asked for and, walking `follows` backwards, each plan it follows (前年度の運営方針) "
                    + "with the target each continues (the same code unless the plan maps it): fiscal year, plan, "
                    + "target, its wording, threshold, actual, status and whether the year-end (年度末) evaluation is "
                    + "in, oldest year first. Judged on the read day, like getTargetEvaluation.")
    @APIResponse(responseCode = "200", description = "The series, oldest year first",
            content = @Content(schema = @Schema(implementation = EvaluationViews.TargetSeries.class),
                    examples = @ExampleObject(name = "two years of the synthetic test ward",
                            value = SERIES_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such published plan, or no such target in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationViews.TargetSeries series(@PathParam("key") @SingleLine String key,
            @PathParam("code") @SingleLine String code) {
        return series.series(key, code);
    }

    static final String SERIES_EXAMPLE = """
            {"plan": "testward-fy2020", "target": "1-1-1-1", "years": [
              {"fiscalYear": 2019, "plan": "testward-fy2019", "planVersion": 1, "target": "1-1-1-1",
               "indicator": "地域活動に参加している区民の割合", "targetText": "50.0％以上", "unit": "％",
               "threshold": 50.0, "actual": 52.0, "status": "ACHIEVED", "yearEnd": true},
              {"fiscalYear": 2020, "plan": "testward-fy2020", "planVersion": 1, "target": "1-1-1-1",
               "indicator": "地域活動に参加している区民の割合", "targetText": "前年度比２ポイント増", "unit": "％",
               "threshold": 54, "actual": 55, "status": "ON_TRACK", "yearEnd": false}]}""";

    private static OffsetDateTime asOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            // An unencoded "+09:00" arrives as " 09:00" after query decoding; read it as meant.
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(Text.of("query.invalid", "field", "asOf"), List.of(
                    FieldIssue.of("asOf", "invalid-format", "expected", Text.of("expected.date-time"))));
        }
    }

    private static EvaluationMode mode(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "in-year" -> EvaluationMode.IN_YEAR;
            case "year-end" -> EvaluationMode.YEAR_END;
            default -> throw ProblemException.invalid(Text.of("query.invalid", "field", "mode"), List.of(
                    FieldIssue.of("mode", "invalid-mode")));
        };
    }
}
