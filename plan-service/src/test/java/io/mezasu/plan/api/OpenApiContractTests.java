package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.stack.OpenApiResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract clients are generated from (docs/api-guide.md): every operation has its
 * operationId, and real responses of the main read operations validate against the schemas the document states.
 */
@QuarkusTest
class OpenApiContractTests {

    static final String KEY = "minato-openapi";

    JsonNode document;

    @BeforeEach
    void setUp() throws Exception {
        document = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAnOperationIdAndRolesAreNotScopes() {
        List<String> ids = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/v1/test-probe")) {
                return; // SecurityProbeResource exists in the tests only
            }
            assertTrue(op.getValue().hasNonNull("operationId"), op.getKey() + " " + path.getKey());
            ids.add(op.getValue().get("operationId").asText());
            op.getValue().path("security").forEach(requirement ->
                    assertEquals(0, requirement.path("bearer").size(), "scopes on " + op.getKey() + " " + path.getKey()));
        }));
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds are unique: " + ids);
        assertTrue(ids.containsAll(List.of("getPlan", "publishPlan", "createPlan", "getTarget")), ids.toString());
        assertEquals("plan-editor", document.at("/paths/~1api~1v1~1plans~1{key}~1publish/post/x-roles/0").asText());
        assertEquals("http://127.0.0.1:8081", document.at("/servers/0/url").asText());
    }

    @Test
    void readResponsesMatchTheirSchemas() {
        PlanApiTests.publish(PlanApiTests.fixture(KEY));
        List<String> problems = new ArrayList<>();
        check(problems, "/api/v1/plans", given().get("/api/v1/plans"));
        check(problems, "/api/v1/plans/{key}", given().get("/api/v1/plans/{key}", KEY));
        check(problems, "/api/v1/plans/{key}/versions/{version}", given().get("/api/v1/plans/{key}/versions/1", KEY));
        check(problems, "/api/v1/plans/{key}/targets", given().get("/api/v1/plans/{key}/targets", KEY));
        check(problems, "/api/v1/plans/{key}/targets/{code}", given().get("/api/v1/plans/{key}/targets/1-1-1-1", KEY));
        check(problems, "/api/v1/plans/{key}/budget", given().get("/api/v1/plans/{key}/budget", KEY));
        assertEquals(List.of(), problems);
    }

    private void check(List<String> problems, String path, Response response) {
        assertEquals(200, response.statusCode(), path);
        problems.addAll(OpenApiResponses.validate(document, "get", path, 200, response.asString()));
    }
}
