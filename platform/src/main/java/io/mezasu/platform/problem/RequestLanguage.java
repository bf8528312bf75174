package io.mezasu.platform.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;

/** The language of the request being answered, from its {@code Accept-Language}; the default outside a request. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static ProblemLanguage current() {
        if (Arc.container() == null) {
            return ProblemLanguage.DEFAULT;
        }
        try (InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext context = handle.isAvailable() ? handle.get().getCurrent() : null;
            return context == null ? ProblemLanguage.DEFAULT
                    : ProblemLanguage.negotiate(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            // No active request context (a Kafka consumer, a scheduled job): nobody to ask.
            return ProblemLanguage.DEFAULT;
        }
    }
}
