package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.support.Auth;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.OpenApiResponses;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract clients are generated from (docs/api-guide.md): every operation has its
 * operationId, and real responses of the main read operations validate against the schemas the document states.
 */
@QuarkusTest
class OpenApiContractTests {

    static final String PLAN = "minato-openapi";
    static final String TARGET = "1-1-1-1";

    JsonNode document;

    @BeforeEach
    void setUp() throws Exception {
        TestPlans.ensurePublished(PLAN);
        // A vendor that may read too, scoped to this test's own plan (the trusted client's plans belong to others).
        String token = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR, TokenMinter.READER)
                .withSubject("test-vendor-openapi").withVendorScope(List.of("plan:" + PLAN)));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
        document = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @AfterEach
    void anonymousAgain() {
        Auth.reset();
    }

    @Test
    void everyOperationHasAnOperationIdAndThePagesStayOut() {
        List<String> ids = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            assertTrue(path.getKey().startsWith("/api/"), "not an API path: " + path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                assertTrue(operation.getValue().hasNonNull("operationId"), operation.getKey() + " " + path.getKey());
                ids.add(operation.getValue().get("operationId").asText());
            });
        });
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds are unique: " + ids);
        assertTrue(ids.containsAll(List.of("getTargetEvaluation", "getPlanEvaluation", "getTargetSeries", "submitMeasurement",
                "getMeasurement", "listMeasurements", "retractMeasurement")), ids.toString());
        assertEquals("vendor", document.at("/paths/~1api~1v1~1measurements/post/x-roles/0").asText());
        assertEquals(0, document.at("/paths/~1api~1v1~1measurements/post/security/0/bearer").size());
    }

    @Test
    void readResponsesMatchTheirSchemas() {
        String id = given().contentType(ContentType.JSON)
                .body(Body.with(Body.survey("openapi-test", "s-1", 412, 500), "plan", PLAN))
                .post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET)
                        .then().statusCode(200).body("lastMeasurementId", equalTo(id)));

        List<String> problems = new ArrayList<>();
        // Evaluations mark what may be null (nullable) and what is always written (required): nulls are checked.
        checkStrictly(problems, "/api/v1/plans/{key}/targets/{code}/evaluation",
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET));
        checkStrictly(problems, "/api/v1/plans/{key}/targets/{code}/evaluation",
                given().queryParam("mode", "in-year").get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN,
                        TARGET));
        checkStrictly(problems, "/api/v1/plans/{key}/targets/{code}/evaluation/history",
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, TARGET));
        check(problems, "/api/v1/plans/{key}/targets/{code}/series",
                given().get("/api/v1/plans/{key}/targets/{code}/series", PLAN, TARGET));
        checkStrictly(problems, "/api/v1/plans/{key}/evaluations",
                given().get("/api/v1/plans/{key}/evaluations", PLAN));
        checkStrictly(problems, "/api/v1/plans/{key}/evaluations",
                given().queryParam("mode", "year-end").get("/api/v1/plans/{key}/evaluations", PLAN));
        check(problems, "/api/v1/measurements/{id}", given().get("/api/v1/measurements/{id}", id));
        check(problems, "/api/v1/measurements/{id}/history", given().get("/api/v1/measurements/{id}/history", id));
        check(problems, "/api/v1/measurements", given().queryParam("plan", PLAN).get("/api/v1/measurements"));
        check(problems, "/api/v1/catalog/plans/{key}", given().get("/api/v1/catalog/plans/{key}", PLAN));
        assertEquals(List.of(), problems);
        // The check itself bites: an evaluation that is an array where the document says object is refused.
        assertTrue(!OpenApiResponses.validate(document, "get", "/api/v1/plans/{key}/targets/{code}/evaluation", 200,
                "{\"plan\": \"" + PLAN + "\", \"evaluation\": []}").isEmpty());
    }

    @Test
    void evaluationSchemasMarkNullableAndRequiredFields() {
        JsonNode evaluation = document.at("/components/schemas/Evaluation");
        assertTrue(evaluation.path("required").toString().contains("\"status\""), evaluation.toString());
        assertEquals("[\"number\",\"null\"]", evaluation.at("/properties/actual/type").toString());
        assertEquals("null", evaluation.at("/properties/confidence/anyOf/1/type").asText());
        assertEquals("[\"string\",\"null\"]",
                document.at("/components/schemas/TargetEvaluation/properties/lastMeasurementId/type").toString());
        // A null where the schema does not allow one is refused, not read as absent.
        assertTrue(!OpenApiResponses.validateStrictly(document, "get", "/api/v1/plans/{key}/targets/{code}/evaluation",
                200, "{\"plan\": null}").isEmpty());
    }

    private void checkStrictly(List<String> problems, String path, Response response) {
        assertEquals(200, response.statusCode(), path);
        problems.addAll(OpenApiResponses.validateStrictly(document, "get", path, 200, response.asString()));
    }

    private void check(List<String> problems, String path, Response response) {
        assertEquals(200, response.statusCode(), path);
        problems.addAll(OpenApiResponses.validate(document, "get", path, 200, response.asString()));
    }
}
