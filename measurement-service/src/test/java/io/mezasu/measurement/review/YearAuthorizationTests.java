package io.mezasu.measurement.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may call the ward's-year endpoints, with exact status codes; deny by default. Calls run in order with valid
 * inputs, so only security refuses: the approver's close is what the operator's reopen then opens again.
 */
@QuarkusTest
class YearAuthorizationTests {

    static final String PLAN = "minato-authz-year";

    @Test
    void everyEndpointAnswersEachCallerExactly() throws Exception {
        TestPlans.ensurePublished(PLAN);
        String evaluator = TestTokens.forRoles("evaluator");
        String review = given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR_END", "asOf", "2020-03-31")).post("/api/v1/plans/{key}/reviews", PLAN)
                .then().statusCode(201).extract().path("id");
        String base = "/api/v1/plans/" + PLAN;
        String one = base + "/reviews/" + review;
        Map<String, Function<RequestSpecification, Integer>> calls = new LinkedHashMap<>();
        calls.put("POST /reviews", r -> r.contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDYEAR", "asOf", "2019-08-31")).post(base + "/reviews").statusCode());
        calls.put("GET /reviews", r -> r.get(base + "/reviews").statusCode());
        calls.put("GET /reviews/{id}", r -> r.get(one).statusCode());
        calls.put("PUT /reviews/{id}", r -> r.contentType(ContentType.JSON).body("{}").put(one).statusCode());
        calls.put("PATCH /reviews/{id}", r -> r.contentType(ContentType.JSON).body("{}").patch(one).statusCode());
        calls.put("DELETE /reviews/{id}", r -> r.delete(one).statusCode());
        calls.put("PUT /narratives/{code}", r -> r.contentType(ContentType.JSON)
                .body(Map.of("effective", "a", "issuesAndFixes", "b", "nextSteps", "c"))
                .put(one + "/narratives/1-1-1-1").statusCode());
        calls.put("GET /narratives/{code}/history", r -> r.get(one + "/narratives/1-1-1-1/history").statusCode());
        calls.put("GET /timeline", r -> r.get(base + "/timeline").statusCode());
        calls.put("POST /close", r -> r.contentType(ContentType.JSON).body(Map.of("review", review))
                .post(base + "/close").statusCode());
        calls.put("POST /reopen", r -> r.contentType(ContentType.JSON).body(Map.of("reason", "訂正のため"))
                .post(base + "/reopen").statusCode());

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // anonymous, plan-editor, reader, vendor, operator, evaluator, approver
        expected.put("POST /reviews", List.of(401, 403, 403, 403, 403, 201, 403));
        expected.put("GET /reviews", List.of(401, 403, 200, 403, 200, 200, 200));
        expected.put("GET /reviews/{id}", List.of(401, 403, 200, 403, 200, 200, 200));
        expected.put("PUT /reviews/{id}", List.of(401, 403, 403, 403, 403, 409, 403));
        expected.put("PATCH /reviews/{id}", List.of(401, 403, 403, 403, 403, 409, 403));
        expected.put("DELETE /reviews/{id}", List.of(401, 403, 403, 403, 403, 409, 403));
        expected.put("PUT /narratives/{code}", List.of(401, 403, 403, 403, 403, 200, 403));
        expected.put("GET /narratives/{code}/history", List.of(401, 403, 200, 403, 200, 200, 200));
        expected.put("GET /timeline", List.of(401, 403, 200, 403, 200, 200, 200));
        expected.put("POST /close", List.of(401, 403, 403, 403, 403, 403, 200));
        expected.put("POST /reopen", List.of(401, 403, 403, 403, 200, 403, 403));
        assertEquals(expected.keySet(), calls.keySet(), "every endpoint has its row");
        List<String> tokens = Stream.of(null, "plan-editor", "reader", "vendor", "operator", "evaluator", "approver")
                .map(role -> role == null ? null : role.equals("vendor") ? TestTokens.vendor("plan:" + PLAN)
                        : TestTokens.forRoles(role)).toList();
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
}
