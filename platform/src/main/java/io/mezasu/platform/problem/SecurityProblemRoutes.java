package io.mezasu.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The same 401/403 problems for routes outside the REST layer ({@code /q/metrics}, {@code /q/openapi},
 * {@code /q/health}): a bad bearer token fails proactive authentication there before any mapper could answer,
 * and Vert.x would send a bare status.
 */
@ApplicationScoped
public class SecurityProblemRoutes {

    private final ProblemResponses responses;

    public SecurityProblemRoutes(ProblemResponses responses) {
        this.responses = responses;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        ProblemException problem = problemFor(context.failure());
        if (problem == null || context.response().headWritten()) {
            context.next();
            return;
        }
        ProblemLanguage language = ProblemLanguage.negotiate(context.request().getHeader("Accept-Language"));
        Response response = responses.of(problem, URI.create(context.request().path()), null, language);
        context.response().setStatusCode(response.getStatus());
        response.getStringHeaders().forEach((name, values) -> context.response().putHeader(name, values));
        context.response().end((String) response.getEntity());
    }

    private static ProblemException problemFor(Throwable failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-invalid"))
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        if (failure instanceof UnauthorizedException) {
            return new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-required"))
                    .withHeader("WWW-Authenticate", "Bearer");
        }
        if (failure instanceof ForbiddenException) {
            return new ProblemException(ProblemType.FORBIDDEN, Text.of("security.role-missing"));
        }
        return null;
    }
}
