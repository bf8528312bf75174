package io.mezasu.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 bearer tokens the way the services expect them (the shapes mirror io.mezasu.platform.security,
 * which this launcher-side module cannot depend on; plan-service's SecurityContractTest keeps them equal):
 * roles in {@code groups}, the vendor scope in {@value #SCOPE_CLAIM}.
 */
public final class TokenMinter {

    public static final String ISSUER = "urn:mezasu:local";
    public static final String AUDIENCE = "mezasu";
    public static final String SCOPE_CLAIM = "mezasu_scope";
    public static final String PLAN_EDITOR = "plan-editor";
    public static final String VENDOR = "vendor";
    public static final String READER = "reader";
    public static final String OPERATOR = "operator";
    public static final String EVALUATOR = "evaluator";
    public static final String APPROVER = "approver";
    public static final String INTEGRATOR = "integrator";
    public static final List<String> ROLES = List.of(PLAN_EDITOR, VENDOR, READER, OPERATOR, EVALUATOR, APPROVER,
            INTEGRATOR);

    /** What goes into one token; {@link #of} gives the usual defaults, the withers change one thing. */
    public record Token(String subject, List<String> roles, List<String> vendorScope, String issuer, String audience,
            Instant issuedAt, Duration lifetime) {

        public static Token of(String subject, String... roles) {
            return new Token(subject, List.of(roles), List.of(), ISSUER, AUDIENCE, Instant.now(), Duration.ofHours(1));
        }

        public Token withSubject(String newSubject) {
            return new Token(newSubject, roles, vendorScope, issuer, audience, issuedAt, lifetime);
        }

        public Token withVendorScope(List<String> entries) {
            return new Token(subject, roles, List.copyOf(entries), issuer, audience, issuedAt, lifetime);
        }

        public Token withIssuer(String newIssuer) {
            return new Token(subject, roles, vendorScope, newIssuer, audience, issuedAt, lifetime);
        }

        public Token withAudience(String newAudience) {
            return new Token(subject, roles, vendorScope, issuer, newAudience, issuedAt, lifetime);
        }

        public Token withValidity(Instant newIssuedAt, Duration newLifetime) {
            return new Token(subject, roles, vendorScope, issuer, audience, newIssuedAt, newLifetime);
        }

        public Instant expiresAt() {
            return issuedAt.plus(lifetime);
        }
    }

    private final JwtKeys keys;

    public TokenMinter(JwtKeys keys) {
        this.keys = keys;
    }

    /** The compact JWS, ready for {@code Authorization: Bearer …}. */
    public String mint(Token token) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(token.issuer());
        claims.setAudience(token.audience());
        claims.setSubject(token.subject());
        claims.setIssuedAt(NumericDate.fromSeconds(token.issuedAt().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(token.expiresAt().getEpochSecond()));
        claims.setGeneratedJwtId();
        claims.setStringListClaim("groups", token.roles());
        if (!token.vendorScope().isEmpty()) {
            claims.setStringListClaim(SCOPE_CLAIM, token.vendorScope());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setKeyIdHeaderValue(keys.keyId());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The configuration a service needs to trust these tokens, as MicroProfile Config property names. */
    public static Map<String, String> verifierConfig(Path publicKeyPem) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey.location", "file:" + publicKeyPem.toAbsolutePath());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.audiences", AUDIENCE);
        return config;
    }
}
