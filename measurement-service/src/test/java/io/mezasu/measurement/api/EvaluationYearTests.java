package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.mezasu.measurement.support.Auth;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import java.util.List;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestClock;
import io.mezasu.measurement.support.TestPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ward's year through the API: a 延べ count reported in June and never again is 順調 as of June, 順調でない
 * as of December (the expectation grows with the evaluation date, not with the last report), and 未達成 today,
 * the year being over. One stored version serves all three: the views are judged on their read day.
 */
@QuarkusTest
class EvaluationYearTests {

    static final String PLAN = "minato-year";
    static final String TARGET = "1-1-6-1"; // 延べ30団体・個人以上

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() throws Exception {
        String token = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR, TokenMinter.READER)
                .withSubject("test-vendor-year").withVendorScope(List.of("plan:" + PLAN)));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
        TestPlans.ensurePublished(PLAN);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        Auth.reset();
    }

    @Test
    void aCountReportedInJuneIsOnTrackInJuneAndBehindInDecember() {
        String source = "year-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Body.with(Body.with(Body.count(source, "june", 10, "INCREMENT"), "target", TARGET),
                "observedOn", "2019-06-20");
        clock.set(Instant.parse("2019-06-30T01:00:00Z")); // recorded on 30 June 2019, 10:00 in Osaka
        String id;
        try {
            id = given().contentType(ContentType.JSON).body(Body.with(body, "plan", PLAN)).post("/api/v1/measurements")
                    .then().statusCode(202).extract().path("id");
        } finally {
            clock.reset();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET)
                        .then().statusCode(200).body("lastMeasurementId", equalTo(id)));

        // 30 × 3/12 = 7.5 due by 30 June: 10 is on track
        given().queryParam("asOf", "2019-06-30T23:59:59+09:00")
                .get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET).then().statusCode(200)
                .body("evaluation.mode", equalTo("IN_YEAR"))
                .body("evaluation.status", equalTo("ON_TRACK"))
                .body("evaluation.osakaLabel", equalTo("順調"))
                .body("evaluation.expected", equalTo(7.5f))
                .body("evaluation.proRataOn", equalTo("2019-06-30"))
                .body("evaluation.sentence.ja", startsWith("2019年6月30日時点（年度の25.0％経過）の按分目標 7.5団体・個人に対し 10団体・個人（順調）。"));

        // the same stored version as of 31 December: 30 × 9/12 = 22.5 due, nothing reported since June
        given().queryParam("asOf", "2019-12-31T23:59:59+09:00")
                .get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET).then().statusCode(200)
                .body("evaluation.status", equalTo("BEHIND"))
                .body("evaluation.osakaLabel", equalTo("順調でない"))
                .body("evaluation.expected", equalTo(22.5f))
                .body("evaluation.proRataOn", equalTo("2019-12-31"))
                .body("evaluation.sentence.en", startsWith("10 against a pro-rata expectation of 22.5 by 31 December 2019"));
        given().queryParam("asOf", "2019-12-31T23:59:59+09:00").get("/api/v1/plans/{key}/evaluations", PLAN).then()
                .statusCode(200).body("rollup.counts.BEHIND", equalTo(1));

        // today the year is over: 年度末, 10 of 30
        given().get("/api/v1/plans/{key}/targets/{code}/evaluation", PLAN, TARGET).then().statusCode(200)
                .body("evaluation.mode", equalTo("YEAR_END"))
                .body("evaluation.status", equalTo("NOT_ACHIEVED"))
                .body("evaluation.osakaLabel", equalTo("未達成"))
                .body("evaluation.sentence.ja", equalTo("目標 30団体・個人以上に対し 10団体・個人（未達成）。"));
        // the stored version is the one judged when the figure arrived, in June
        given().get("/api/v1/plans/{key}/targets/{code}/evaluation/history", PLAN, TARGET).then().statusCode(200)
                .body("[-1].evaluation.status", equalTo("ON_TRACK"));
    }
}
