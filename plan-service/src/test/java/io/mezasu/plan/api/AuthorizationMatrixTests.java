package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.platform.security.Roles;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every plan-service endpoint against every kind of caller, with exact status codes. Refusals must be
 * problem+json; 401 must challenge with Bearer. A bad token is refused even where anonymous is welcome.
 */
@QuarkusTest
class AuthorizationMatrixTests {

    static final String PUBLISHED = "matrix-published";
    static final String DRAFT = "matrix-draft";

    /** One endpoint: how to call it, and what an allowed caller gets (the state is set up so it is deterministic). */
    record Endpoint(String method, String path, boolean withBody, int allowedStatus, String... roles) {

        boolean isPublic() {
            return roles.length == 0;
        }

        Response call(RequestSpecification request) {
            if (withBody) {
                request = request.contentType(ContentType.JSON).body(body());
            }
            return request.when().request(method, path);
        }

        private String body() {
            if (path.equals("/api/v1/rule-proposals")) {
                return "{\"indicator\": \"相談件数\", \"targetText\": \"15 件以上\"}";
            }
            if (path.endsWith("/draft/rules/confirm")) {
                return "{}";
            }
            String key = path.equals("/api/v1/plans") ? "matrix-created" : DRAFT;
            return PlanApiTests.fixture(key).toString();
        }
    }

    static final String[] EDITOR = {Roles.PLAN_EDITOR};
    static final String[] DRAFT_READERS = {Roles.PLAN_EDITOR, Roles.READER};

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/plans", true, 201, EDITOR),
            new Endpoint("GET", "/api/v1/plans", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + DRAFT + "/draft", false, 200, DRAFT_READERS),
            new Endpoint("PUT", "/api/v1/plans/" + DRAFT + "/draft", true, 200, EDITOR),
            new Endpoint("GET", "/api/v1/plans/" + DRAFT + "/draft/validation", false, 200, DRAFT_READERS),
            new Endpoint("DELETE", "/api/v1/plans/matrix-discarded/draft", false, 204, EDITOR),
            new Endpoint("POST", "/api/v1/plans/" + DRAFT + "/draft/rules/confirm", true, 200, EDITOR),
            new Endpoint("POST", "/api/v1/plans/matrix-publishing/publish", false, 201, EDITOR),
            new Endpoint("POST", "/api/v1/rule-proposals", true, 200, EDITOR),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED, false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/versions/1", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/targets", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/targets/1-1-1-1", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/budget", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/export.csv", false, 200),
            new Endpoint("GET", "/api/v1/plans/" + PUBLISHED + "/export.xlsx", false, 200),
            // The matrix sends JSON: an editor gets past the role check to the sheet's own 415 (PlanImportTests
            // imports real sheets).
            new Endpoint("POST", "/api/v1/plans/import", true, 415, EDITOR),
            new Endpoint("PUT", "/api/v1/plans/" + PUBLISHED + "/versions/1", true, 409, EDITOR),
            new Endpoint("PATCH", "/api/v1/plans/" + PUBLISHED + "/versions/1", true, 409, EDITOR),
            new Endpoint("DELETE", "/api/v1/plans/" + PUBLISHED + "/versions/1", false, 409, EDITOR),
            new Endpoint("PUT", "/api/v1/plans/" + PUBLISHED, true, 409, EDITOR),
            new Endpoint("PATCH", "/api/v1/plans/" + PUBLISHED, true, 409, EDITOR),
            new Endpoint("DELETE", "/api/v1/plans/" + PUBLISHED, false, 409, EDITOR));

    /** Callers with a valid token: their roles. */
    static final Map<String, String[]> ROLE_CALLERS = new LinkedHashMap<>();

    static {
        ROLE_CALLERS.put("no role", new String[0]);
        ROLE_CALLERS.put(Roles.READER, new String[] {Roles.READER});
        ROLE_CALLERS.put(Roles.VENDOR, new String[] {Roles.VENDOR});
        ROLE_CALLERS.put(Roles.OPERATOR, new String[] {Roles.OPERATOR});
        ROLE_CALLERS.put(Roles.EVALUATOR, new String[] {Roles.EVALUATOR}); // the ward's year: nothing here
        ROLE_CALLERS.put(Roles.APPROVER, new String[] {Roles.APPROVER});
        ROLE_CALLERS.put(Roles.PLAN_EDITOR, new String[] {Roles.PLAN_EDITOR}); // last: its writes change state
    }

    /** Tokens that must never get in, each carrying every role. */
    static final Map<String, Supplier<String>> BAD_TOKENS = new LinkedHashMap<>();

    static {
        String[] all = Roles.ALL.toArray(String[]::new);
        BAD_TOKENS.put("signed by another key", () -> TestTokens.signedByAnotherKey(all));
        BAD_TOKENS.put("expired", () -> TestTokens.expired(all));
        BAD_TOKENS.put("wrong audience", () -> TestTokens.wrongAudience(all));
        BAD_TOKENS.put("wrong issuer", () -> TestTokens.wrongIssuer(all));
        BAD_TOKENS.put("not a JWT", () -> "not-a-jwt");
    }

    @Test
    void everyEndpointAnswersEveryCallerWithTheExactStatus() {
        setUp();
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            check(mismatches, endpoint, "anonymous", given(), endpoint.isPublic() ? endpoint.allowedStatus() : 401);
            BAD_TOKENS.forEach((name, token) -> check(mismatches, endpoint, name, As.bearer(token.get()), 401));
        }
        ROLE_CALLERS.forEach((name, roles) -> {
            for (Endpoint endpoint : ENDPOINTS) {
                boolean allowed = endpoint.isPublic() || List.of(endpoint.roles()).stream()
                        .anyMatch(List.of(roles)::contains);
                check(mismatches, endpoint, name, As.bearer(TestTokens.forRoles(roles)),
                        allowed ? endpoint.allowedStatus() : 403);
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    void refusalsAreProblemsAnd401ChallengesWithBearer() {
        given().when().post("/api/v1/plans/" + DRAFT + "/publish")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:mezasu:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/plans/" + DRAFT + "/publish"))
                .body("$", not(hasKey("stackTrace")));
        As.bearer(TestTokens.expired(Roles.PLAN_EDITOR)).when().get("/api/v1/plans/" + PUBLISHED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("urn:mezasu:problem:unauthorized"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        As.reader().when().post("/api/v1/plans/" + DRAFT + "/publish")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:forbidden"))
                .body("status", equalTo(403));
    }

    @Test
    void anEndpointWithoutASecurityAnnotationIsUnreachable() {
        given().when().get("/api/v1/test-probe/unannotated").then().statusCode(401)
                .contentType("application/problem+json");
        As.editor().when().get("/api/v1/test-probe/unannotated").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aVendorWritesOnlyWithinItsScope() {
        String vendor = TestTokens.vendor("plan:" + PUBLISHED, "target:minato-fy2019/1-1-1-1", "source:ward-survey");
        for (String[] allowed : new String[][] {{PUBLISHED, "6-4-3-1", null}, {"minato-fy2019", "1-1-1-1", null},
                {"kita-fy2019", "2-1-1-1", "ward-survey"}}) {
            As.bearer(vendor).queryParam("plan", allowed[0]).queryParam("target", allowed[1])
                    .queryParam("source", allowed[2])
                    .when().get("/api/v1/test-probe/vendor-write").then().statusCode(200)
                    .body(equalTo("test-vendor"));
        }
        As.bearer(vendor).queryParam("plan", "minato-fy2019").queryParam("target", "1-1-1-2")
                .when().get("/api/v1/test-probe/vendor-write")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:forbidden"))
                .body("detail", org.hamcrest.Matchers.containsString("1-1-1-2"));
        As.bearer(TestTokens.forRoles(Roles.VENDOR)).queryParam("plan", PUBLISHED).queryParam("target", "1-1-1-1")
                .when().get("/api/v1/test-probe/vendor-write").then().statusCode(403);
        As.bearer(TestTokens.vendor("everything")).queryParam("plan", PUBLISHED).queryParam("target", "1-1-1-1")
                .when().get("/api/v1/test-probe/vendor-write").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("mezasu_scope"));
    }

    @Test
    void swaggerUiCanAuthorizeWithABearerToken() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/plans/{key}/publish'.post.security", notNullValue())
                .body("paths.'/api/v1/plans/{key}'.get", not(hasKey("security")));
    }

    private static void check(List<String> mismatches, Endpoint endpoint, String caller, RequestSpecification request,
            int expected) {
        Response response = endpoint.call(request);
        int status = response.statusCode();
        boolean problem = status < 400 || response.contentType().startsWith("application/problem+json");
        if (status != expected || !problem) {
            mismatches.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": expected " + expected
                    + ", got " + status + " " + response.contentType());
        }
    }

    /** A published plan, a draft to read and replace, one to discard and one to publish. */
    private static void setUp() {
        for (String key : List.of(PUBLISHED, DRAFT, "matrix-discarded", "matrix-publishing")) {
            As.editor().contentType(ContentType.JSON).body(PlanApiTests.fixture(key).toString())
                    .when().post("/api/v1/plans").then().statusCode(201);
        }
        As.editor().when().post("/api/v1/plans/{key}/publish", PUBLISHED).then().statusCode(201);
    }
}
