package io.mezasu.measurement.api;

import io.mezasu.measurement.evaluation.EvaluationMode;
import io.mezasu.measurement.service.EvaluationQueries;
import io.mezasu.measurement.service.EvaluationViews.PlanEvaluation;
import io.mezasu.measurement.service.EvaluationViews.TargetEvaluation;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluations of targets (業績目標の評価): public information in Osaka, so anonymous may read them. */
@Path("/api/v1/plans/{key}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Evaluations", description = "Target evaluations with roll-ups, history and as-of views")
public class EvaluationResource {

    private final EvaluationQueries queries;

    public EvaluationResource(EvaluationQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/evaluations")
    @Operation(summary = "The whole plan with each target's evaluation and roll-ups per 戦略, 経営課題 and plan",
            description = "Counts by status and the achievement rate over the targets that can be judged, with each "
                    + "経営課題's budget (予算額, 千円) beside it. ?asOf= shows what was known then (by recorded time); "
                    + "?mode=in-year|year-end computes a what-if view (中間振り返り / 年度末).")
    public PlanEvaluation plan(@PathParam("key") String key,
            @QueryParam("asOf") @Parameter(example = "2019-08-31T23:59:59+09:00") String asOf,
            @QueryParam("mode") @Parameter(description = "in-year or year-end") String mode) {
        return queries.plan(key, asOf(asOf), mode(mode));
    }

    @GET
    @Path("/targets/{code}/evaluation")
    @Operation(summary = "One target's evaluation: status, Osaka label, actual, target, 進捗率, explanation")
    public TargetEvaluation target(@PathParam("key") String key, @PathParam("code") String code,
            @QueryParam("asOf") String asOf, @QueryParam("mode") String mode) {
        return queries.target(key, code, asOf(asOf), mode(mode));
    }

    @GET
    @Path("/targets/{code}/evaluation/history")
    @Operation(summary = "Every version of a target's evaluation, oldest first")
    public List<TargetEvaluation> history(@PathParam("key") String key, @PathParam("code") String code) {
        return queries.history(key, code);
    }

    private static OffsetDateTime asOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            // An unencoded "+09:00" arrives as " 09:00" after query decoding; read it as meant.
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf must be an RFC 3339 date-time with offset", List.of(
                    new Problem.FieldError("asOf", "invalid-format", "e.g. 2019-08-31T23:59:59+09:00")));
        }
    }

    private static EvaluationMode mode(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "in-year" -> EvaluationMode.IN_YEAR;
            case "year-end" -> EvaluationMode.YEAR_END;
            default -> throw ProblemException.invalid("mode is in-year or year-end", List.of(
                    new Problem.FieldError("mode", "invalid-value", "in-year (中間振り返り) or year-end (年度末)")));
        };
    }
}
