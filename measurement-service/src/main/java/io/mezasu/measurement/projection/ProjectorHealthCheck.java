package io.mezasu.measurement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the live projector runs and its last batch went through; otherwise says why not. */
@Readiness
@ApplicationScoped
public class ProjectorHealthCheck implements HealthCheck {

    private final MeasurementProjector projector;

    public ProjectorHealthCheck(MeasurementProjector projector) {
        this.projector = projector;
    }

    @Override
    public HealthCheckResponse call() {
        String failure = projector.lastFailure();
        boolean up = projector.alive() && failure == null;
        var response = HealthCheckResponse.named("measurement-projector").status(up);
        if (failure != null) {
            response.withData("lastFailure", failure);
        }
        return response.build();
    }
}
