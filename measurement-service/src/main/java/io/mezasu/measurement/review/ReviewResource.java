package io.mezasu.measurement.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.review.ReviewViews.NewReview;
import io.mezasu.measurement.review.ReviewViews.Review;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review points (振り返り) of a plan; thin: ReviewService decides. */
@Path("/api/v1/plans/{key}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "中間振り返り and 年度末 review points: frozen snapshots with narratives")
public class ReviewResource {

    private final ReviewService reviews;
    private final Caller caller;

    public ReviewResource(ReviewService reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "recordReview", summary = "Record a review point: freezes every target's evaluation as of the end of asOf (Japan)",
            description = "MIDYEAR (中間振り返り) judges in-year (順調/順調でない), YEAR_END (年度末) year-end "
                    + "(達成/未達成). The snapshot never changes afterwards.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the review")
    public Response record(@PathParam("key") @SingleLine String key, NewReview request, @Context UriInfo uri) {
        Review review = reviews.record(key, request, caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(review.id().toString()).build()).entity(review)
                .build();
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR})
    @Operation(operationId = "listReviews", summary = "The plan's review points, newest first",
            description = "Every review point (振り返り) recorded for the plan, newest first.")
    public List<Review> list(@PathParam("key") @SingleLine String key) {
        return reviews.list(key);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR})
    @Operation(operationId = "getReview", summary = "The frozen snapshot: the shape of GET …/evaluations, plus the review and its narratives",
            description = "The review's frozen tree, the review itself and the current narratives.")
    // An ObjectNode would otherwise be described by its Java bean getters (isEmpty, isArray …) as an array:
    // a generated client could not read the object this returns.
    @APIResponse(responseCode = "200", description = "The snapshot, as a JSON object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode get(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id) {
        return reviews.get(key, id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(hidden = true, summary = "Refused: a review is immutable (409 immutable)")
    public Response put(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id) {
        reviews.refuseWrite(key, id);
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(hidden = true, summary = "Refused: a review is immutable (409 immutable)")
    public Response patch(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id) {
        reviews.refuseWrite(key, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(hidden = true, summary = "Refused: a review is immutable (409 immutable)")
    public Response delete(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id) {
        reviews.refuseWrite(key, id);
        return Response.noContent().build();
    }
}
