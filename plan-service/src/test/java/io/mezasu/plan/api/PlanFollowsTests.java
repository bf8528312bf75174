package io.mezasu.plan.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.plan.domain.Fixtures;
import io.mezasu.stack.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan that follows a plan (前年度の運営方針), through the API and the real Kafka, on the synthetic test ward
 * (TEST DATA, {@code plans/test-data/testward-fy20xx.json}, not a real ward): refused until the followed plan is
 * published, then published with {@code follows} in PlanPublished, valid against the v1 schema.
 */
@QuarkusTest
class PlanFollowsTests {

    static ObjectNode testWard(String key) throws IOException {
        try (InputStream in = PlanFollowsTests.class.getResourceAsStream("/plans/test-data/" + key + ".json")) {
            return (ObjectNode) Fixtures.JSON.readTree(in);
        }
    }

    @Test
    void aPlanFollowsOnlyAPublishedPlanAndSaysSoInItsEvent() throws Exception {
        ObjectNode fy2020 = testWard("testward-fy2020");
        As.editor().contentType(ContentType.JSON).body(fy2020.toString()).when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("validation.valid", equalTo(false))
                .body("validation.problems.code", hasItem("unknown-followed-plan"))
                .body("validation.problems.pointer", hasItem("/follows/plan"));
        As.editor().when().post("/api/v1/plans/{key}/publish", "testward-fy2020").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("unknown-followed-plan"));

        PlanApiTests.publish(testWard("testward-fy2019"));
        try (PlanEvents events = PlanEvents.listen()) {
            As.editor().when().post("/api/v1/plans/{key}/publish", "testward-fy2020").then().statusCode(201)
                    .body("version", equalTo(1));
            JsonNode event = events.awaitFor("testward-fy2020", Duration.ofSeconds(20));
            assertEquals(List.of(), EventSchemas.validate("plan.published.v1", event.toString()));
            assertEquals("testward-fy2019", event.at("/data/plan/follows/plan").asText());
            assertEquals("1-1-1-3", event.at("/data/plan/follows/targets/1-1-1-2").asText());
            JsonNode targets = event.at("/data/plan/issues/0/strategies/0/initiatives/0/targets");
            assertEquals("PREVIOUS_YEAR", targets.at("/0/rule/baseline/type").asText());
            assertEquals("PREVIOUS_YEAR_SAME_PERIOD", targets.at("/1/rule/baseline/type").asText());
            assertEquals("--09-30", targets.at("/1/rule/baseline/periodDay").asText());
        }
        As.reader().when().get("/api/v1/plans/{key}", "testward-fy2020").then().statusCode(200)
                .body("plan.follows.plan", equalTo("testward-fy2019"));
    }
}
