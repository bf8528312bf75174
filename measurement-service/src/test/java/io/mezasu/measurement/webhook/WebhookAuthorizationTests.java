package io.mezasu.measurement.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.OpenApiResponses;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who may use the webhook API, with exact status codes: integrators (their own subscriptions; another's is 404)
 * and operators (all); everyone else 401 or 403. The secret is shown only at creation.
 */
@QuarkusTest
class WebhookAuthorizationTests {

    static final String PLAN = "minato-webhooks-authz";
    static final String URL = "http://127.0.0.1:9/hooks"; // allowed in the test profile; nothing is delivered here

    final String owner = TestTokens.mint(TestTokens.spec("integrator").withSubject("kumin-portal"));
    final String stranger = TestTokens.mint(TestTokens.spec("integrator").withSubject("other-city-system"));
    final String operator = TestTokens.forRoles("operator");

    @Test
    void everyEndpointAnswersEachCallerExactly() throws Exception {
        TestPlans.ensurePublished(PLAN);
        Map<String, Object> body = Map.of("url", URL, "types", List.of("io.mezasu.target.evaluated.v2"),
                "plan", PLAN, "target", "1-1-1-1");
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String one = "/api/v1/subscriptions/" + id;
        Map<String, Function<RequestSpecification, Integer>> calls = new LinkedHashMap<>();
        calls.put("POST /subscriptions", r -> r.contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").statusCode());
        calls.put("GET /subscriptions", r -> r.get("/api/v1/subscriptions").statusCode());
        calls.put("GET /subscriptions/{id}", r -> r.get(one).statusCode());
        calls.put("GET /subscriptions/{id}/deliveries", r -> r.get(one + "/deliveries").statusCode());
        calls.put("POST …/redeliver", r -> r.post(one + "/deliveries/" + UUID.randomUUID() + "/redeliver").statusCode());
        calls.put("DELETE /subscriptions/{id}", r -> r.delete(one).statusCode());

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // anonymous, plan-editor, reader, vendor, evaluator, approver, another integrator, the owner, operator
        expected.put("POST /subscriptions", List.of(401, 403, 403, 403, 403, 403, 201, 201, 201));
        expected.put("GET /subscriptions", List.of(401, 403, 403, 403, 403, 403, 200, 200, 200));
        expected.put("GET /subscriptions/{id}", List.of(401, 403, 403, 403, 403, 403, 404, 200, 200));
        expected.put("GET /subscriptions/{id}/deliveries", List.of(401, 403, 403, 403, 403, 403, 404, 200, 200));
        expected.put("POST …/redeliver", List.of(401, 403, 403, 403, 403, 403, 404, 404, 404));
        // the owner deletes it, so the operator after it finds nothing
        expected.put("DELETE /subscriptions/{id}", List.of(401, 403, 403, 403, 403, 403, 404, 204, 404));
        assertEquals(expected.keySet(), calls.keySet(), "every endpoint has its row");
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        List.of("plan-editor", "reader").forEach(role -> tokens.add(TestTokens.forRoles(role)));
        tokens.add(TestTokens.vendor("plan:" + PLAN));
        List.of("evaluator", "approver").forEach(role -> tokens.add(TestTokens.forRoles(role)));
        tokens.addAll(List.of(stranger, owner, operator));
        expected.forEach((endpoint, statuses) -> {
            List<Integer> actual = tokens.stream().map(token -> {
                RequestSpecification request = given();
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                return calls.get(endpoint).apply(request);
            }).toList();
            assertEquals(statuses, actual, endpoint);
        });
    }

    @Test
    void integratorsSeeTheirOwnAndTheSecretOnlyOnce() throws Exception {
        TestPlans.ensurePublished(PLAN);
        Map<String, Object> body = Map.of("url", URL, "types", List.of("io.mezasu.target.evaluated.v2"), "plan", PLAN);
        String created = given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/subscriptions/"))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_")).extract().asString();
        String mine = TestPlans.JSON.readTree(created).get("id").asText();
        String theirs = given().auth().oauth2(stranger).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(owner).get("/api/v1/subscriptions").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(theirs))).body("secret", everyItem(nullValue()));
        given().auth().oauth2(operator).get("/api/v1/subscriptions").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", hasItem(theirs));
        given().auth().oauth2(owner).get("/api/v1/subscriptions/{id}", mine).then().statusCode(200)
                .body("secret", nullValue()).body("owner", org.hamcrest.Matchers.equalTo("kumin-portal"));
        given().auth().oauth2(owner).get("/api/v1/subscriptions/{id}", theirs).then().statusCode(404)
                .contentType("application/problem+json");

        // The answers are what the OpenAPI document says they are.
        JsonNode document = TestPlans.JSON.readTree(given().accept(ContentType.JSON).get("/q/openapi").asString());
        List<String> problems = new ArrayList<>(OpenApiResponses.validate(document, "post", "/api/v1/subscriptions",
                201, created));
        problems.addAll(OpenApiResponses.validate(document, "get", "/api/v1/subscriptions/{id}", 200,
                given().auth().oauth2(owner).get("/api/v1/subscriptions/{id}", mine).asString()));
        problems.addAll(OpenApiResponses.validate(document, "get", "/api/v1/subscriptions/{id}/deliveries", 200,
                given().auth().oauth2(owner).get("/api/v1/subscriptions/{id}/deliveries", mine).asString()));
        assertEquals(List.of(), problems);
    }
}
