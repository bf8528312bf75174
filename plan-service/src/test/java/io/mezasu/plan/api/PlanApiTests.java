package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.mezasu.plan.domain.Fixtures;
import io.mezasu.platform.security.Roles;
import io.mezasu.stack.EventSchemas;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTests {

    @Inject
    AgroalDataSource dataSource;

    static ObjectNode fixture(String key) {
        ObjectNode tree = Fixtures.minatoTree();
        tree.put("key", key);
        return tree;
    }

    static String publish(ObjectNode document) {
        String key = document.get("key").asText();
        As.editor().contentType(ContentType.JSON).body(document.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201);
        return As.editor().when().post("/api/v1/plans/{key}/publish", key)
                .then().statusCode(201).extract().header("Location");
    }

    @Test
    void draftThenPublishFreezesVersionOneAndEmitsASchemaValidEvent() throws Exception {
        String key = "minato-fy2019-a";
        try (PlanEvents events = PlanEvents.listen()) {
            As.editor().contentType(ContentType.JSON).body(fixture(key).toString())
                    .when().post("/api/v1/plans")
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/plans/" + key + "/draft"))
                    .body("status", equalTo("DRAFT"))
                    .body("validation.valid", equalTo(true))
                    .body("validation.problemCount", equalTo(0));

            As.editor().when().post("/api/v1/plans/{key}/publish", key)
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/plans/" + key + "/versions/1"))
                    .header("ETag", containsString(key + ".v1."))
                    .body("version", equalTo(1))
                    .body("supersedes", nullValue());

            JsonNode event = events.awaitFor(key, Duration.ofSeconds(20));
            assertEquals("io.mezasu.plan.published.v1", event.get("type").asText());
            assertEquals(63, event.at("/data/stats/targets").asInt());
            assertEquals(java.util.List.of(), EventSchemas.validate("plan.published.v1", event.toString()));
        }
        // The draft is gone once published.
        As.editor().when().get("/api/v1/plans/{key}/draft", key).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theApiShowsTheWholePlanWithItsCountsAndBudget() {
        String key = "minato-fy2019-b";
        publish(fixture(key));

        given().when().get("/api/v1/plans/{key}", key)
                .then().statusCode(200)
                .body("stats.issues", equalTo(6))
                .body("stats.strategies", equalTo(22))
                .body("stats.initiatives", equalTo(56))
                .body("stats.reprints", equalTo(1))
                .body("stats.targets", equalTo(63))
                .body("stats.projects", equalTo(10))
                .body("stats.budgetThousandYen", equalTo(59864))
                .body("plan.issues", hasSize(6))
                .body("plan", not(hasKey("sues")));

        given().when().get("/api/v1/plans/{key}/budget", key)
                .then().statusCode(200)
                .body("totalThousandYen", equalTo(59864))
                .body("issues", hasSize(6));

        given().when().get("/api/v1/plans/{key}/targets", key).then().statusCode(200).body("$", hasSize(63));
        given().queryParam("kind", "MILESTONE").when().get("/api/v1/plans/{key}/targets", key)
                .then().statusCode(200).body("$", hasSize(4));
        given().queryParam("strategy", "2-4").when().get("/api/v1/plans/{key}/targets", key)
                .then().statusCode(200).body("code", contains("2-4-1-1", "2-4-1-2"));
        given().queryParam("q", "区民モニター").when().get("/api/v1/plans/{key}/targets", key)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.greaterThan(0));
        given().when().get("/api/v1/plans/{key}/targets/3-1-2-1", key)
                .then().statusCode(200)
                .body("reprintedBy", contains("3-3-1"))
                .body("rule.cumulative", equalTo(true));
        given().when().get("/api/v1/plans/{key}/targets/9-9-9-9", key)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void publishedVersionsAreCacheableAndConditional() {
        String key = "minato-fy2019-c";
        publish(fixture(key));

        String etag = given().when().get("/api/v1/plans/{key}/versions/1", key)
                .then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/plans/{key}/versions/1", key)
                .then().statusCode(304);
        given().header("If-None-Match", etag).when().get("/api/v1/plans/{key}", key)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/api/v1/plans/{key}", key)
                .then().statusCode(200);
    }

    @Test
    void publishedVersionsAreImmutableForTheApiAndForTheDatabase() throws SQLException {
        String key = "minato-fy2019-d";
        publish(fixture(key));

        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            As.editor().contentType(ContentType.JSON).body("{}")
                    .when().request(method, "/api/v1/plans/{key}/versions/1", key)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mezasu:problem:immutable"))
                    .body("status", equalTo(409));
            As.editor().contentType(ContentType.JSON).body("{}")
                    .when().request(method, "/api/v1/plans/{key}", key)
                    .then().statusCode(409);
        }
        As.editor().contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/plans/{key}/versions/7", key)
                .then().statusCode(404);

        // Even SQL cannot change it: the trigger guards the row whatever the code path.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE plan_version SET document = '{}' WHERE plan_key = '" + key + "' AND version = 1"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM plan_version WHERE plan_key = '" + key + "'"));
        }
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesTheOld() {
        String key = "minato-fy2019-e";
        publish(fixture(key));
        ObjectNode corrected = fixture(key);
        corrected.put("title", "平成31年度 港区運営方針（修正版）");
        As.editor().contentType(ContentType.JSON).body(corrected.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201).body("supersedes", equalTo(1));
        As.editor().when().post("/api/v1/plans/{key}/publish", key)
                .then().statusCode(201)
                .body("version", equalTo(2))
                .body("supersedes", equalTo(1));
        given().when().get("/api/v1/plans/{key}", key).then().body("version", equalTo(2))
                .body("plan.title", equalTo("平成31年度 港区運営方針（修正版）"));
        given().when().get("/api/v1/plans/{key}/versions/1", key).then().body("plan.title",
                equalTo("平成31年度 港区運営方針"));
        given().queryParam("size", 100).when().get("/api/v1/plans").then().statusCode(200)
                .body("items.key", hasItem(key));
    }

    @Test
    void anInvalidDraftListsEveryProblemAndCannotBePublished() {
        String key = "broken-plan";
        ObjectNode broken = fixture(key);
        ((ObjectNode) broken.at("/issues/0/strategies/1")).put("code", "1-1");
        ((ObjectNode) broken.at("/issues/0/projects/0")).put("budgetThousandYen", -5);
        ((ObjectNode) broken.at("/issues/0/strategies/0/initiatives/0/targets/0/rule")).putNull("direction");

        As.editor().contentType(ContentType.JSON).body(broken.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("validation.valid", equalTo(false));
        As.editor().when().get("/api/v1/plans/{key}/draft/validation", key)
                .then().statusCode(200)
                .body("problems.code", hasItem("duplicate-code"))
                .body("problems.code", hasItem("negative-budget"))
                .body("problems.code", hasItem("ambiguous-rule"));
        As.editor().when().post("/api/v1/plans/{key}/publish", key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/issues/0/projects/0/budgetThousandYen"))
                .body("errors.code", hasItem("duplicate-code"));
        As.editor().contentType(ContentType.JSON).body(broken.toString())
                .when().post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json");

        As.editor().contentType(ContentType.JSON).body(fixture(key).toString())
                .when().put("/api/v1/plans/{key}/draft", key)
                .then().statusCode(200).body("validation.valid", equalTo(true));
        As.editor().when().delete("/api/v1/plans/{key}/draft", key).then().statusCode(204);
        As.editor().when().get("/api/v1/plans/{key}/draft", key).then().statusCode(404);
        given().when().get("/api/v1/plans/{key}", key).then().statusCode(404);
    }

    @Test
    void writesRecordTheSubjectOfTheToken() {
        String key = "minato-fy2019-audit";
        As.bearer(TestTokens.mint(TestTokens.spec(Roles.PLAN_EDITOR).withSubject("editor-alice")))
                .contentType(ContentType.JSON).body(fixture(key).toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("createdBy", equalTo("editor-alice"))
                .body("updatedBy", equalTo("editor-alice"));
        As.bearer(TestTokens.mint(TestTokens.spec(Roles.PLAN_EDITOR).withSubject("editor-bob")))
                .contentType(ContentType.JSON).body(fixture(key).toString())
                .when().put("/api/v1/plans/{key}/draft", key)
                .then().statusCode(200)
                .body("createdBy", equalTo("editor-alice"))
                .body("updatedBy", equalTo("editor-bob"));
        As.bearer(TestTokens.mint(TestTokens.spec(Roles.PLAN_EDITOR).withSubject("editor-carol")))
                .when().post("/api/v1/plans/{key}/publish", key)
                .then().statusCode(201).body("publishedBy", equalTo("editor-carol"));
        given().when().get("/api/v1/plans/{key}", key).then().statusCode(200)
                .body("publishedBy", equalTo("editor-carol"));
    }

    @Test
    void onlyEditorsAndReadersSeePlansThatAreStillDrafts() {
        String key = "aaa-draft-only";
        As.editor().contentType(ContentType.JSON).body(fixture(key).toString())
                .when().post("/api/v1/plans").then().statusCode(201);
        As.reader().queryParam("size", 100).when().get("/api/v1/plans").then().statusCode(200)
                .body("items.find { it.key == '%s' }.hasDraft".formatted(key), equalTo(true));
        given().queryParam("size", 100).when().get("/api/v1/plans").then().statusCode(200)
                .body("items.key", not(hasItem(key)))
                .body("items.hasDraft", everyItem(nullValue()));
    }
}
