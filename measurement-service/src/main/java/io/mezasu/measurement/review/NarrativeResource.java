package io.mezasu.measurement.review;

import io.mezasu.measurement.review.ReviewViews.Narrative;
import io.mezasu.measurement.review.ReviewViews.NarrativeText;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Narratives of a review (自己評価の記述) per target or strategy; thin: NarrativeService decides. */
@Path("/api/v1/plans/{key}/reviews/{id}/narratives/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class NarrativeResource {

    private final NarrativeService narratives;
    private final Caller caller;

    public NarrativeResource(NarrativeService narratives, Caller caller) {
        this.narratives = narratives;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "writeNarrative", summary = "Write the narrative of a target or strategy: 有効であった取組, 課題と改善策, 今後の方針",
            description = "A new version with the token's subject as author, announced on mezasu.reviews; the same "
                    + "text again adds nothing. Each part plain text, at most 4,000 characters.")
    public Narrative write(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id, @PathParam("code") @SingleLine String code,
            NarrativeText text) {
        return narratives.write(key, id, code, text, caller.subject());
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR})
    @Operation(operationId = "getNarrativeHistory", summary = "Every version of the narrative, oldest first, with author and time",
            description = "Every version of a target's or strategy's narrative in this review, oldest first, each with its author and time.")
    public List<Narrative> history(@PathParam("key") @SingleLine String key, @PathParam("id") UUID id,
            @PathParam("code") @SingleLine String code) {
        return narratives.history(key, id, code);
    }
}
