package io.mezasu.plan.api;

import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Test-only endpoints: one without any security annotation (must be unreachable), one that checks a vendor scope. */
@Path("/api/v1/test-probe")
public class SecurityProbeResource {

    private final Caller caller;

    public SecurityProbeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "reachable";
    }

    @GET
    @Path("/vendor-write")
    @RolesAllowed(Roles.VENDOR)
    public String vendorWrite(@QueryParam("plan") String plan, @QueryParam("target") String target,
            @QueryParam("source") String source) {
        caller.vendorScope().require(plan, target, source);
        return caller.subject();
    }
}
