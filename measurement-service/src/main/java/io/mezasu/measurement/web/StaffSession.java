package io.mezasu.measurement.web;

import io.mezasu.platform.security.Caller;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed-in member of staff, from the session cookie: the same bearer token the API takes, verified the same
 * way (issuer, audience, signature, expiry) every time a page is read. Nothing but the token is kept, and only in
 * the reader's browser (an HttpOnly, SameSite=Strict cookie).
 */
@ApplicationScoped
public class StaffSession {

    public static final String COOKIE = "mezasu_session";

    private final JWTParser parser;

    public StaffSession(JWTParser parser) {
        this.parser = parser;
    }

    /** The caller a valid token makes; empty for no token or one that does not verify. */
    public Optional<Caller> caller(String token) {
        return verify(token).map(jwt -> new Caller(QuarkusSecurityIdentity.builder().setPrincipal(jwt)
                .addRoles(jwt.getGroups()).build()));
    }

    public Optional<JsonWebToken> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 16_384) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(token.trim()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
