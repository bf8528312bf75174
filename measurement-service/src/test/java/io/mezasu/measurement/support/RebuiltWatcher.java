package io.mezasu.measurement.support;

import io.mezasu.measurement.projection.ProjectionRebuilt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only observer: the last {@link ProjectionRebuilt}, to see which path a replay's evaluation took. */
@ApplicationScoped
public class RebuiltWatcher {

    private volatile ProjectionRebuilt last;

    void on(@Observes ProjectionRebuilt rebuilt) {
        last = rebuilt;
    }

    public ProjectionRebuilt last() {
        return last;
    }
}
