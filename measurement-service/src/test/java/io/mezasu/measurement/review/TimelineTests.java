package io.mezasu.measurement.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan's year in one list, newest first, each entry with who and when. */
@QuarkusTest
class TimelineTests {

    static final String PLAN = "minato-timeline";

    @Test
    void everyStepOfTheYearNewestFirstWithWho() throws Exception {
        TestPlans.ensurePublished(PLAN);
        String tanaka = TestTokens.mint(TestTokens.spec(TokenMinter.EVALUATOR).withSubject("kikaku-tanaka"));
        String suzuki = TestTokens.mint(TestTokens.spec(TokenMinter.EVALUATOR).withSubject("kikaku-suzuki"));
        String kucho = TestTokens.mint(TestTokens.spec(TokenMinter.APPROVER).withSubject("kucho"));
        String ops = TestTokens.mint(TestTokens.spec(TokenMinter.OPERATOR).withSubject("ops-sato"));
        String midyear = review(tanaka, "MIDYEAR", "2019-08-31");
        given().auth().oauth2(suzuki).contentType(ContentType.JSON)
                .body(Map.of("effective", "周知が進んだ", "issuesAndFixes", "", "nextSteps", ""))
                .put("/api/v1/plans/{key}/reviews/{id}/narratives/1-1-1-1", PLAN, midyear).then().statusCode(200);
        String yearEnd = review(tanaka, "YEAR_END", "2020-03-31");
        given().auth().oauth2(kucho).contentType(ContentType.JSON).body(Map.of("review", yearEnd))
                .post("/api/v1/plans/{key}/close", PLAN).then().statusCode(200);
        given().auth().oauth2(ops).contentType(ContentType.JSON).body(Map.of("reason", "実績の訂正"))
                .post("/api/v1/plans/{key}/reopen", PLAN).then().statusCode(200);

        given().auth().oauth2(TestTokens.forRoles("reader")).get("/api/v1/plans/{key}/timeline", PLAN).then()
                .statusCode(200)
                .body("kind", equalTo(List.of("YEAR_REOPENED", "YEAR_CLOSED", "REVIEW_RECORDED", "NARRATIVE_CHANGED",
                        "REVIEW_RECORDED", "PLAN_PUBLISHED")))
                .body("actor", equalTo(Arrays.asList("ops-sato", "kucho", "kikaku-tanaka", "kikaku-suzuki",
                        "kikaku-tanaka", "plan-service")))
                .body("[0].reason", equalTo("実績の訂正"))
                .body("[1].review", equalTo(yearEnd))
                .body("[2].reviewKind", equalTo("YEAR_END"))
                .body("[3].code", equalTo("1-1-1-1"))
                .body("[3].review", equalTo(midyear))
                .body("[5].planVersion", equalTo(1));
        given().auth().oauth2(ops).get("/api/v1/plans/{key}/timeline", "no-such-plan").then().statusCode(404);
    }

    private static String review(String token, String kind, String asOf) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", kind, "asOf", asOf))
                .post("/api/v1/plans/{key}/reviews", PLAN).then().statusCode(201).extract().path("id");
    }
}
