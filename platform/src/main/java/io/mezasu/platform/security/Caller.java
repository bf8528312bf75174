package io.mezasu.platform.security;

import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for auditing and for checks finer than a role: the token's subject, its roles and, for
 * vendors, their {@link VendorScope}. An unauthenticated caller is {@value #ANONYMOUS} with no roles.
 */
@RequestScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;
    private VendorScope scope;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's {@code sub} (its principal name if it has none); {@value #ANONYMOUS} without a token. */
    public String subject() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /**
     * The caller's vendor scope; none without the claim. A malformed claim is refused with 403 rather than
     * guessed at.
     */
    public VendorScope vendorScope() {
        if (scope == null) {
            try {
                scope = identity.getPrincipal() instanceof JsonWebToken jwt ? fromClaim(jwt.getClaim(VendorScope.CLAIM))
                        : VendorScope.none();
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.FORBIDDEN, Text.of("security.vendor-scope-malformed"));
            }
        }
        return scope;
    }

    private static VendorScope fromClaim(Object claim) {
        if (claim == null) {
            return VendorScope.none();
        }
        if (claim instanceof JsonArray array) {
            return VendorScope.parse(array.stream().map(Caller::text).toList());
        }
        if (claim instanceof Collection<?> list) {
            return VendorScope.parse(list.stream().map(String::valueOf).toList());
        }
        if (claim instanceof JsonValue value) {
            return VendorScope.parse(text(value));
        }
        return VendorScope.parse(claim.toString());
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
