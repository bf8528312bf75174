package io.mezasu.measurement.projection;

import io.mezasu.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator actions. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Rebuilds for operators")
public class AdminResource {

    private final MeasurementReplay replay;

    public AdminResource(MeasurementReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "replayMeasurements", summary = "Rebuild measurements and evaluations from the measurements topic",
            description = "Empties the projections and replays every event up to the current end of the topic. "
                    + "Live consumption waits meanwhile. Answers when done, with counts and duration.")
    public MeasurementReplay.Result replay() {
        return replay.rebuild();
    }
}
