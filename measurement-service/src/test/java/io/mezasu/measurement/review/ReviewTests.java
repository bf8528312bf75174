package io.mezasu.measurement.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestClock;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review points (振り返り): a 中間振り返り freezes the tree as of the end of 31 August in in-year mode, a 年度末 review in
 * year-end mode; neither changes after, and any write to one is 409 immutable.
 */
@QuarkusTest
class ReviewTests {

    static final String PLAN = "minato-review";
    static final String COUNT = "3-1-2-1"; // 4,400件以上 (延べ)
    static final String TARGET_PATH = "issues.strategies.initiatives.targets.flatten().flatten().flatten()"
            + ".find { it.code == '" + COUNT + "' }.evaluation.evaluation";

    @Inject
    TestClock clock;

    final String vendor = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR).withSubject("vendor-review")
            .withVendorScope(List.of("plan:" + PLAN)));
    final String evaluator = TestTokens.mint(TestTokens.spec(TokenMinter.EVALUATOR).withSubject("kikaku-tanaka"));

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(PLAN);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void aMidyearReviewFreezesTheTreeAsOfTheEndOfItsDay() {
        String source = "review-" + UUID.randomUUID().toString().substring(0, 8);
        record(Body.with(Body.with(Body.count(source, "july", 2000, "INCREMENT"), "observedOn", "2019-07-10"),
                "plan", PLAN), "2019-07-10T01:00:00Z");

        Response created = given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDYEAR", "asOf", "2019-08-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN);
        created.then().statusCode(201).body("kind", equalTo("MIDYEAR")).body("recordedBy", equalTo("kikaku-tanaka"))
                .header("Location", endsWith("/api/v1/plans/" + PLAN + "/reviews/" + created.path("id")));
        String location = created.header("Location");
        given().auth().oauth2(evaluator).get("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(200)
                .body("id", hasItem(created.path("id").toString()));
        Response first = given().auth().oauth2(evaluator).get(location);
        first.then().statusCode(200)
                .body("plan", equalTo(PLAN)).body("mode", equalTo("IN_YEAR"))
                .body("review.asOf", equalTo("2019-08-31"))
                .body(TARGET_PATH + ".status", equalTo("ON_TRACK"))
                .body(TARGET_PATH + ".osakaLabel", equalTo("順調"))
                .body(TARGET_PATH + ".proRataOn", equalTo("2019-08-31"));

        // a correction recorded after the review (as if in September) leaves the snapshot as it was
        record(Body.with(Body.with(Body.count(source, "july", 10, "INCREMENT"), "observedOn", "2019-07-10"),
                "plan", PLAN), "2019-09-10T01:00:00Z");
        assertEquals(first.asString(), given().auth().oauth2(evaluator).get(location).asString());
    }

    @Test
    void aYearEndReviewJudgesAchievedOrNot() {
        String location = given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR_END", "asOf", "2020-03-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(evaluator).get(location).then().statusCode(200)
                .body("mode", equalTo("YEAR_END"))
                .body(TARGET_PATH + ".mode", equalTo("YEAR_END"));
    }

    @Test
    void aReviewIsImmutable() {
        String location = given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDYEAR", "asOf", "2019-08-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(201).extract().header("Location");
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("kind", "YEAR_END"))
                    .request(method, location).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mezasu:problem:immutable"));
        }
        given().auth().oauth2(evaluator).request("DELETE", "/api/v1/plans/{key}/reviews/{id}", PLAN,
                UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(evaluator).get(location).then().statusCode(200);
    }

    @Test
    void aBadReviewNamesTheField() {
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("kind", "HALFWAY", "asOf", "2019-08-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("kind", "MIDYEAR", "asOf", "2020-08-31"))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(400)
                .body("errors.code", equalTo(List.of("after-fiscal-year")));
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("kind", "MIDYEAR", "asOf", "2019-08-31"))
                .post("/api/v1/plans/{key}/reviews", "no-such-plan").then().statusCode(404);
    }

    private void record(Map<String, Object> body, String at) {
        clock.set(Instant.parse(at));
        String id;
        try {
            id = given().auth().oauth2(vendor).contentType(ContentType.JSON).body(body).post("/api/v1/measurements")
                    .then().statusCode(202).extract().path("id");
        } finally {
            clock.reset();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, COUNT)
                        .then().statusCode(200).body("lastMeasurementId", equalTo(id)));
    }

}
