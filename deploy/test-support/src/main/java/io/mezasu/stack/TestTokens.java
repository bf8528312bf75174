package io.mezasu.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Tokens for tests of a service started with {@link LocalStackTestResource}, which generates a throwaway key pair
 * per test JVM and makes the service trust it. Use with RestAssured: {@code given().auth().oauth2(forRoles("reader"))}.
 * <p>
 * The pair is found through a system property, not a static field: Quarkus may load the test resource and the test
 * class in different class loaders.
 */
public final class TestTokens {

    static final String DIR_PROPERTY = "mezasu.test.jwt.dir";

    private static Path loadedFrom;
    private static TokenMinter minter;
    private static TokenMinter stranger;

    private TestTokens() {
    }

    /** A valid token with these roles (none is fine: authenticated, but allowed nothing); subject {@code test-<roles>}. */
    public static String forRoles(String... roles) {
        return mint(spec(roles));
    }

    /** A valid {@code vendor} token whose scope is these entries, e.g. {@code plan:minato-fy2019}. */
    public static String vendor(String... scopeEntries) {
        return mint(spec(TokenMinter.VENDOR).withVendorScope(List.of(scopeEntries)));
    }

    /** A valid token exactly as specified, e.g. {@code Token.of("alice", "plan-editor")}. */
    public static String mint(TokenMinter.Token token) {
        return minter().mint(token);
    }

    /** Right claims, but signed by a key the service does not trust. */
    public static String signedByAnotherKey(String... roles) {
        return stranger().mint(spec(roles));
    }

    /** Expired an hour ago (well beyond any clock skew the verifier allows). */
    public static String expired(String... roles) {
        return mint(spec(roles).withValidity(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));
    }

    public static String wrongAudience(String... roles) {
        return mint(spec(roles).withAudience("not-mezasu"));
    }

    public static String wrongIssuer(String... roles) {
        return mint(spec(roles).withIssuer("urn:someone-else"));
    }

    /** The defaults every helper starts from: subject {@code test-<roles>}, valid for an hour. */
    public static TokenMinter.Token spec(String... roles) {
        return TokenMinter.Token.of("test-" + (roles.length == 0 ? "nobody" : String.join("+", roles)), roles);
    }

    /** Called by the test resource: a fresh pair in {@code dir}, and the configuration that trusts it. */
    static Map<String, String> install(Path dir) {
        JwtKeys.loadOrCreate(dir);
        System.setProperty(DIR_PROPERTY, dir.toAbsolutePath().toString());
        return TokenMinter.verifierConfig(dir.resolve(JwtKeys.PUBLIC_PEM));
    }

    private static synchronized TokenMinter minter() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("no test key pair: start the service with LocalStackTestResource");
        }
        if (minter == null || !loadedFrom.equals(Path.of(dir))) {
            loadedFrom = Path.of(dir);
            minter = new TokenMinter(JwtKeys.load(loadedFrom));
        }
        return minter;
    }

    private static synchronized TokenMinter stranger() {
        if (stranger == null) {
            stranger = new TokenMinter(JwtKeys.generate());
        }
        return stranger;
    }
}
