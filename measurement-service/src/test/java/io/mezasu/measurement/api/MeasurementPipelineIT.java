package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar (target/quarkus-app), not the test runtime: a published plan, a vendor's measurement,
 * and the evaluation it produces, through the real broker and database.
 */
@QuarkusIntegrationTest
class MeasurementPipelineIT {

    @Test
    void thePackagedServiceTurnsAMeasurementIntoAnEvaluation() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        String vendor = TestTokens.vendor("plan:" + Body.PLAN);
        String id = given().auth().oauth2(vendor).contentType(ContentType.JSON)
                .body(Body.score("it-" + UUID.randomUUID().toString().substring(0, 8), "f1", 3.6, 5))
                .post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", Body.PLAN, "6-4-1-2")
                        .then().statusCode(200)
                        .body("lastMeasurementId", equalTo(id))
                        .body("evaluation.status", equalTo("ACHIEVED")));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The pages run in the packaged application too: its class loading is not the test runtime's. */
    @Test
    void thePackagedServiceRendersThePagesAndThePdfReport() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        given().get("/plans/{key}", Body.PLAN).then().statusCode(200);
        byte[] pdf = given().get("/plans/{key}/report.pdf", Body.PLAN).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        given().get("/plans/{key}/evaluations.xlsx", Body.PLAN).then().statusCode(200);
    }
}
