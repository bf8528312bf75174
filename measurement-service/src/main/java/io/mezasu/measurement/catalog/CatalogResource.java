package io.mezasu.measurement.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service has learned from PlanPublished events: the plans measurements may target. Public, as published plans are. */
@Path("/api/v1/catalog/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Published plans (区運営方針) known to measurement-service")
public class CatalogResource {

    private final CatalogService catalog;

    public CatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Path("/{key}")
    @Operation(operationId = "listCatalogPlanVersions", summary = "The published versions of a plan this service has received",
            description = "What this service has received from the plans topic; measurements are checked against these versions.")
    public List<CatalogPlan> versions(@PathParam("key") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}[a-z0-9]") String key) {
        return catalog.versions(key);
    }
}
