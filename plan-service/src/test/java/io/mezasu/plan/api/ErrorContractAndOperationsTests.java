package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The one error contract (RFC 9457) and the operations endpoints, on the real wiring. */
@QuarkusTest
class ErrorContractAndOperationsTests {

    @Test
    void malformedJsonIsA400ProblemWithLineAndColumn() {
        As.editor().contentType(ContentType.JSON).body("{\n  \"key\": \"x\",\n  oops\n}")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:malformed-body"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 3"))
                .body("instance", equalTo("/api/v1/plans"))
                .body("detail", not(containsString("at io.")));
    }

    @Test
    void anUnknownFieldIsNamed() {
        As.editor().contentType(ContentType.JSON).body("{\"key\":\"x-y-z\",\"budjet\":1}")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("unknown-field"))
                .body("errors.field", hasItem("/budjet"));
    }

    @Test
    void aWrongTypeIsNamedWithItsPointer() {
        As.editor().contentType(ContentType.JSON).body("{\"key\":\"x-y-z\",\"issues\":[{\"number\":\"one\"}]}")
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/issues/0/number"));
    }

    @Test
    void frameworkRejectionsUseTheSameContract() {
        As.editor().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/plans")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:unsupported-media-type"));
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 1000).when().get("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:validation-failed"))
                .body("errors.field", hasItem("size"));
        given().when().get("/api/v1/plans/NOT_A_KEY")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCorrelationIdIsEchoed() {
        given().header("X-Correlation-Id", "req-42").when().get("/api/v1/plans")
                .then().statusCode(200).header("X-Correlation-Id", equalTo("req-42"));
        given().when().get("/api/v1/plans").then().header("X-Correlation-Id", notNullValue());
    }

    @Test
    void operationsEndpointsAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", notNullValue())
                .body("components.examples.minato-fy2019.value.key", equalTo("minato-fy2019"))
                .body("components.schemas.DesiredState.oneOf[0].type", equalTo("string"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
