package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The packaged jar: the Minato plan drafted, published, served, and announced on the real broker. */
@QuarkusIntegrationTest
class PlanPublishingIT {

    @Test
    void thePackagedServicePublishesTheMinatoPlanAndItsEvent() throws Exception {
        String key = "minato-fy2019-it";
        try (PlanEvents events = PlanEvents.listen()) {
            PlanApiTests.publish(PlanApiTests.fixture(key));
            JsonNode event = events.awaitFor(key, Duration.ofSeconds(30));
            assertEquals(63, event.at("/data/stats/targets").asInt());
        }
        given().get("/api/v1/plans/{key}", key).then().statusCode(200)
                .body("stats.targets", equalTo(63)).body("stats.budgetThousandYen", equalTo(59864));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
