package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on measurement-service, with exact status codes: 401 without a valid token, 403 with
 * the wrong role or writing outside the vendor's scope; a vendor reading outside its scope gets 404, the answer
 * for a missing id. Public: catalogue and health.
 */
@QuarkusTest
class MeasurementAuthorizationTests {

    static final String ID = UUID.randomUUID().toString();

    /** Each endpoint, called with a given Authorization (or none); valid inputs so only security can refuse. */
    static final Map<String, Function<RequestSpecification, Integer>> ENDPOINTS = Map.of(
            "POST /measurements", r -> r.contentType(ContentType.JSON)
                    .body(Body.count("authz", UUID.randomUUID().toString(), 1, "INCREMENT"))
                    .post("/api/v1/measurements").statusCode(),
            "POST /measurements/batch", r -> r.contentType(ContentType.JSON)
                    .body(List.of(Body.count("authz", UUID.randomUUID().toString(), 1, "INCREMENT")))
                    .queryParam("dryRun", true).post("/api/v1/measurements/batch").statusCode(),
            "DELETE /measurements/{id}", r -> r.queryParam("reason", "x").delete("/api/v1/measurements/" + ID).statusCode(),
            "GET /measurements", r -> r.get("/api/v1/measurements").statusCode(),
            "GET /measurements/{id}", r -> r.get("/api/v1/measurements/" + ID).statusCode(),
            "GET /measurements/{id}/history", r -> r.get("/api/v1/measurements/" + ID + "/history").statusCode(),
            "POST /admin/replay", r -> r.post("/api/v1/admin/replay").statusCode(),
            "GET /catalog/plans/{key}", r -> r.get("/api/v1/catalog/plans/minato-fy2019").statusCode());

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static int call(String endpoint, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return ENDPOINTS.get(endpoint).apply(request);
    }

    @Test
    void everyEndpointAnswersEachCallerExactly() {
        String vendor = TestTokens.vendor("plan:minato-fy2019");
        String reader = TestTokens.forRoles("reader");
        String operator = TestTokens.forRoles("operator");
        String editor = TestTokens.forRoles("plan-editor");
        Map<String, List<Integer>> expected = Map.of(
                // anonymous, plan-editor, reader, vendor, operator
                "POST /measurements", List.of(401, 403, 403, 202, 403),
                "POST /measurements/batch", List.of(401, 403, 403, 200, 403),
                "DELETE /measurements/{id}", List.of(401, 403, 403, 404, 403),
                // a vendor reads within its scope: its own (empty or not) list; an unknown id is 404 as for a reader
                "GET /measurements", List.of(401, 403, 200, 200, 403),
                "GET /measurements/{id}", List.of(401, 403, 404, 404, 403),
                "GET /measurements/{id}/history", List.of(401, 403, 404, 404, 403),
                "POST /admin/replay", List.of(401, 403, 403, 403, 200),
                "GET /catalog/plans/{key}", List.of(200, 200, 200, 200, 200));
        expected.forEach((endpoint, statuses) -> {
            List<Integer> actual = java.util.stream.Stream.of(null, editor, reader, vendor, operator)
                    .map(token -> call(endpoint, token)).toList();
            org.junit.jupiter.api.Assertions.assertEquals(statuses, actual, endpoint);
        });
    }

    @Test
    void brokenTokensAre401EvenOnPublicEndpoints() {
        for (String token : List.of(TestTokens.signedByAnotherKey("vendor", "reader"), TestTokens.expired("vendor"),
                TestTokens.wrongAudience("reader"), TestTokens.wrongIssuer("operator"), "not-a-jwt")) {
            for (String endpoint : ENDPOINTS.keySet()) {
                org.junit.jupiter.api.Assertions.assertEquals(401, call(endpoint, token), endpoint);
            }
        }
        given().header("Authorization", "Bearer " + TestTokens.expired("vendor")).get("/api/v1/measurements")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    @Test
    void aVendorScopedToOneTargetCannotWriteAnotherEvenInsideABatch() {
        String narrow = TestTokens.vendor("target:minato-fy2019/1-1-1-1");
        String source = "scoped-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(narrow).contentType(ContentType.JSON).body(Body.count(source, "c1", 5, "INCREMENT"))
                .post("/api/v1/measurements").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(narrow).contentType(ContentType.JSON)
                .body(List.of(Body.survey(source, "s1", 1, 2), Body.count(source, "c1", 5, "INCREMENT")))
                .post("/api/v1/measurements/batch").then().statusCode(403)
                .body("errors", hasSize(1)).body("errors.code", hasItem("out-of-scope"))
                .body("errors[0].field", equalTo("/1/target"));
        // The whole batch was refused: the in-scope row is still new.
        given().auth().oauth2(narrow).contentType(ContentType.JSON).body(List.of(Body.survey(source, "s1", 1, 2)))
                .queryParam("dryRun", true).post("/api/v1/measurements/batch").then().statusCode(200)
                .body("counts.imported", equalTo(1));
    }

    @Test
    void theHistoryShowsWhoPushedAndWhoCorrected() {
        String source = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String first = TestTokens.mint(TestTokens.spec("vendor").withSubject("vendor-a")
                .withVendorScope(List.of("source:" + source)));
        String second = TestTokens.mint(TestTokens.spec("vendor").withSubject("vendor-b")
                .withVendorScope(List.of("plan:minato-fy2019")));
        Map<String, Object> body = Body.survey(source, "s1", 40, 100);
        String id = given().auth().oauth2(first).contentType(ContentType.JSON).body(body)
                .post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        given().auth().oauth2(second).contentType(ContentType.JSON).body(Body.with(body, "numerator", 41L))
                .post("/api/v1/measurements").then().statusCode(202);
        String reader = TestTokens.forRoles("reader");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(reader).get("/api/v1/measurements/{id}/history", id).then().statusCode(200)
                        .body("actor", equalTo(List.of("vendor-a", "vendor-b"))));
        given().auth().oauth2(reader).get("/api/v1/measurements/{id}", id).then().body("recordedBy", equalTo("vendor-b"));
    }

    @Test
    void aVendorFollowsItsLocationAndReadsItsHistory() {
        String source = "readback-" + UUID.randomUUID().toString().substring(0, 8);
        String vendor = TestTokens.vendor("source:" + source);
        String location = given().auth().oauth2(vendor).contentType(ContentType.JSON)
                .body(Body.survey(source, "s1", 40, 100)).post("/api/v1/measurements").then().statusCode(202)
                .extract().header("Location");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(vendor).get(location).then().statusCode(200)
                        .body("measurement.source", equalTo(source)).body("measurement.numerator", equalTo(40)));
        given().auth().oauth2(vendor).get(location + "/history").then().statusCode(200).body("version", equalTo(List.of(1)));
        // The other entry kinds cover it too: its plan, and its one target.
        for (String entry : List.of("plan:minato-fy2019", "target:minato-fy2019/1-1-1-1")) {
            given().auth().oauth2(TestTokens.vendor(entry)).get(location).then().statusCode(200);
            given().auth().oauth2(TestTokens.vendor(entry)).get(location + "/history").then().statusCode(200);
        }
    }

    @Test
    void outsideItsScopeAVendorGetsTheSame404AsForAMissingId() {
        String source = "hidden-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(TestTokens.vendor("source:" + source)).contentType(ContentType.JSON)
                .body(Body.survey(source, "s1", 40, 100)).post("/api/v1/measurements").then().statusCode(202)
                .extract().path("id");
        String reader = TestTokens.forRoles("reader");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(reader).get("/api/v1/measurements/{id}", id).then().statusCode(200));
        String missing = UUID.randomUUID().toString();
        for (String other : List.of(TestTokens.vendor("source:someone-else"),
                TestTokens.vendor("target:minato-fy2019/3-1-2-1"), TestTokens.vendor("plan:kita-fy2019"),
                TestTokens.vendor())) {
            for (String path : List.of("/api/v1/measurements/{id}", "/api/v1/measurements/{id}/history")) {
                String hidden = given().auth().oauth2(other).get(path, id).then().statusCode(404)
                        .contentType("application/problem+json").body("type", equalTo("urn:mezasu:problem:not-found"))
                        .extract().path("detail");
                String absent = given().auth().oauth2(other).get(path, missing).then().statusCode(404)
                        .extract().path("detail");
                org.junit.jupiter.api.Assertions.assertEquals(absent.replace(missing, id), hidden, path);
            }
        }
    }

    @Test
    void aVendorsListHoldsOnlyWhatItsScopeCovers() {
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        String vendor = TestTokens.vendor("source:" + mine);
        given().auth().oauth2(vendor).contentType(ContentType.JSON)
                .body(List.of(Body.survey(mine, "s1", 1, 2), Body.count(mine, "c1", 5, "INCREMENT")))
                .post("/api/v1/measurements/batch").then().statusCode(200);
        given().auth().oauth2(TestTokens.vendor("source:" + theirs)).contentType(ContentType.JSON)
                .body(Body.survey(theirs, "s1", 1, 2)).post("/api/v1/measurements").then().statusCode(202);
        String reader = TestTokens.forRoles("reader");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reader)
                .queryParam("source", theirs).get("/api/v1/measurements").then().body("total", equalTo(1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(vendor)
                .queryParam("size", 1000).get("/api/v1/measurements").then().statusCode(200)
                .body("total", equalTo(2)).body("items.measurement.source", equalTo(List.of(mine, mine))));
        // Asking for another's data by filter finds nothing rather than a 403 that would confirm it exists.
        given().auth().oauth2(vendor).queryParam("source", theirs).get("/api/v1/measurements").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(vendor).queryParam("target", "1-1-1-1").get("/api/v1/measurements").then()
                .body("total", equalTo(1)).body("items[0].measurement.source", equalTo(mine));
        // No scope entries, nothing to read.
        given().auth().oauth2(TestTokens.vendor()).get("/api/v1/measurements").then().statusCode(200)
                .body("total", equalTo(0));
    }
}
