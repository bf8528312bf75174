package io.mezasu.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
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
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return refuse(new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-required"))
                .withHeader("WWW-Authenticate", "Bearer"), uri);
    }

    /** A token that is expired, for another audience or issuer, or not signed by a trusted key. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        LOG.debugf(e, "bearer token refused");
        return refuse(new ProblemException(ProblemType.UNAUTHORIZED, Text.of("security.token-invalid"))
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\""), uri);
    }

    /** A valid token without a role this operation accepts. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return refuse(new ProblemException(ProblemType.FORBIDDEN, Text.of("security.role-missing")), uri);
    }

    private Response refuse(ProblemException problem, UriInfo uri) {
        return responses.of(problem, ProblemMappers.instance(uri));
    }
}
