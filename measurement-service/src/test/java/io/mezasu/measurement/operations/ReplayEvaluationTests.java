package io.mezasu.measurement.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.projection.InEffectCache;
import io.mezasu.measurement.projection.ReplayedInEffect;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.RebuiltWatcher;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.measurement.support.TrustedClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After a replay every target is evaluated from what the replay applied, kept in memory (ReplayedInEffect): the
 * same observations, and so the same stored evaluations, as reading every target back from the tables.
 * {@link ReplayFallbackTests} runs the same scenario with the memory cap forced down, so the read-back path.
 */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class ReplayEvaluationTests {

    private static final String SURVEY = "1-1-1-1";
    private static final String COUNT = "3-1-2-1";

    @Inject
    RebuiltWatcher watcher;
    @Inject
    InEffectCache inEffectCache;
    @Inject
    CatalogLookup catalog;

    /** Which path this class's configuration makes the replay take. */
    boolean evaluatesFromMemory() {
        return true;
    }

    @Test
    void aReplayStoresTheSameEvaluationsAsLiveAfterCorrectionsAndRetractions() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        String source = "replay-mem-" + UUID.randomUUID().toString().substring(0, 8);
        correctionsAndRetractions(source);
        String evaluations = given().get("/api/v1/plans/{key}/evaluations", Body.PLAN).then().statusCode(200)
                .extract().asString();
        String surveyHistory = evaluationHistory(SURVEY);
        String countHistory = evaluationHistory(COUNT);

        given().when().post("/api/v1/admin/replay").then().statusCode(200);

        ReplayedInEffect replayed = watcher.last().inEffect();
        assertEquals(evaluatesFromMemory(), replayed.complete(), "which path evaluated every target");
        assertEquals(evaluations, given().get("/api/v1/plans/{key}/evaluations", Body.PLAN).then().extract()
                .asString());
        assertEquals(surveyHistory, evaluationHistory(SURVEY), "no version added: nothing differs from live");
        assertEquals(countHistory, evaluationHistory(COUNT), "no version added: nothing differs from live");
        if (replayed.complete()) {
            for (String target : catalog.latest(Body.PLAN).orElseThrow().specs().keySet()) {
                assertEquals(inEffectCache.readOnce(Body.PLAN, target), replayed.of(Body.PLAN, target), target);
            }
            assertTrue(replayed.of(Body.PLAN, COUNT).size() >= 2, "the counts in effect were kept");
        }
    }

    /**
     * On two targets: a correction (訂正), a correction then a retraction (取消し), a retraction, and a retraction
     * recorded again; awaited until the projector (which evaluates in the same transaction) has applied all.
     */
    private static void correctionsAndRetractions(String source) {
        post(Body.survey(source, "s1", 300, 1000));
        post(Body.survey(source, "s1", 610, 1000));
        String corrected = post(Body.survey(source, "s2", 200, 1000));
        post(Body.survey(source, "s2", 250, 1000));
        retract(corrected);
        post(Body.count(source, "c1", 40, "INCREMENT"));
        retract(post(Body.count(source, "c2", 15, "INCREMENT")));
        String again = post(Body.count(source, "c3", 25, "INCREMENT"));
        retract(again);
        post(Body.count(source, "c3", 26, "INCREMENT"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/v1/measurements/{id}", corrected).then().body("status", equalTo("RETRACTED"))
                    .body("measurement.numerator", equalTo(250));
            given().get("/api/v1/measurements/{id}", again).then().body("status", equalTo("ACTIVE"))
                    .body("version", equalTo(3));
        });
    }

    private static String post(Map<String, Object> body) {
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measurements")
                .then().statusCode(202).extract().path("id");
        assertNotNull(id);
        return id;
    }

    private static void retract(String id) {
        given().queryParam("reason", "誤送信").delete("/api/v1/measurements/{id}", id).then().statusCode(202);
    }

    private static String evaluationHistory(String target) {
        return given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", Body.PLAN, target).then()
                .statusCode(200).extract().asString();
    }
}
