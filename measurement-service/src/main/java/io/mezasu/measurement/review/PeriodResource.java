package io.mezasu.measurement.review;

import io.mezasu.measurement.review.ReviewViews.ClosePeriod;
import io.mezasu.measurement.review.ReviewViews.Period;
import io.mezasu.measurement.review.ReviewViews.ReopenPeriod;
import io.mezasu.measurement.review.ReviewViews.TimelineEntry;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Closing (確定) and reopening a plan's fiscal year. Two roles, so that no one person can both close a year and
 * open it again: an approver closes, an operator reopens; and the year's timeline. Thin: the services decide.
 */
@Path("/api/v1/plans/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class PeriodResource {

    private final PeriodService periods;
    private final Timeline timeline;
    private final Caller caller;

    public PeriodResource(PeriodService periods, Timeline timeline, Caller caller) {
        this.periods = periods;
        this.timeline = timeline;
        this.caller = caller;
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.APPROVER)
    @Operation(operationId = "closePeriod", summary = "Close the plan's fiscal year on its YEAR_END review (after the 区政会議)",
            description = "Every later measurement write for the plan is 409 period-closed; the year's figures are "
                    + "the review's frozen snapshot.")
    public Period close(@PathParam("key") @SingleLine String key, ClosePeriod request) {
        return periods.close(key, request, caller.subject());
    }

    @POST
    @Path("/reopen")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "reopenPeriod", summary = "Reopen a closed fiscal year, with a reason (operator, not the approver who closed it)",
            description = "Reopens a closed fiscal year; the reason is kept in the timeline. Measurement writes are accepted again.")
    public Period reopen(@PathParam("key") @SingleLine String key, ReopenPeriod request) {
        return periods.reopen(key, request, caller.subject());
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR})
    @Operation(operationId = "getTimeline", summary = "The plan's year, newest first: published versions, review points, narrative changes, "
            + "closes and reopens, each with who and when")
    public List<TimelineEntry> timeline(@PathParam("key") @SingleLine String key) {
        return timeline.of(key);
    }
}
