package io.mezasu.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security refusals in the one problem contract. Quarkus REST also routes failures of proactive
 * authentication (a bad token, before any endpoint is chosen) here, so every 401 has a body too.
 * The reason a token was refused goes to the debug log only: it would help an attacker more than a client.
 */
public class SecurityProblemMappers {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);

    private final ProblemResponses responses;

    public SecurityProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    /** No token where one is needed. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpServerRequest request) {
        return refuse(new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-required"))
                .withHeader("WWW-Authenticate", "Bearer"), uri, request);
    }

    /** A token that is expired, for another audience or issuer, or not signed by a trusted key. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpServerRequest request) {
        LOG.debugf(e, "bearer token refused");
        return refuse(new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-invalid"))
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""), uri, request);
    }

    /** A valid token without a role this operation accepts. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpServerRequest request) {
        return refuse(new ProblemException(ProblemType.FORBIDDEN, Text.of("security.role-missing")), uri, request);
    }

    /** The language from the request itself: a token refused before any endpoint has no request scope yet. */
    private Response refuse(ProblemException problem, UriInfo uri, HttpServerRequest request) {
        ProblemLanguage language = ProblemLanguage.negotiate(request.getHeader("Accept-Language"));
        return responses.of(problem, ProblemMappers.instance(uri), null, language);
    }
}
