package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.support.Auth;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestClock;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule grammar's fields through the real stack (Kafka, PostgreSQL): a TEST plan — the Minato fixture under
 * another key, titled as test data — where 1-1-1-1 reads 55.0％超 (strict), 2-1-6-1 is due by 2019-12-31
 * (milestone.due) and 2-1-1-1 covers 全小学校区 over three made-up districts. The year is over, so 年度末 applies
 * to reads of today.
 */
@QuarkusTest
class RuleFieldsTests {

    static final String PLAN = "test-rule-fields";
    static final List<String> DISTRICTS = List.of("テスト第一", "テスト第二", "テスト第三");

    @Inject
    TestClock clock;

    @BeforeAll
    static void publishTheTestPlan() throws Exception {
        ObjectNode event = (ObjectNode) TestPlans.JSON.readTree(TestPlans.planPublished(PLAN, UUID.randomUUID().toString()));
        ObjectNode plan = (ObjectNode) event.path("data").path("plan");
        plan.put("title", "テスト用計画（判定ルール項目の検証、実在しない）");
        ObjectNode areas = plan.putObject("areas");
        areas.put("source", "test data: made-up school districts");
        DISTRICTS.forEach(areas.putArray("names")::add);
        plan.findParents("rule").forEach(target -> {
            ObjectNode rule = (ObjectNode) target.get("rule");
            switch (target.path("code").asText()) {
                case "1-1-1-1" -> rule.put("strict", true);
                case "2-1-1-1" -> rule.put("unit", "小学校区");
                case "2-1-6-1" -> ((ObjectNode) rule.get("milestone")).put("due", "2019-12-31");
                default -> { }
            }
        });
        TestPlans.send("mezasu.plans", PLAN, event.toString());
    }

    @BeforeEach
    void setUp() {
        String token = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR, TokenMinter.READER)
                .withSubject("test-vendor-rule-fields").withVendorScope(List.of("plan:" + PLAN)));
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/catalog/plans/{key}", PLAN).then().statusCode(200));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        Auth.reset();
    }

    @Test
    void strictPercentIsNotMetExactlyAtItsThresholdAndIsJustAbove() {
        String source = source();
        String at = post(Body.survey(source, "at", 550, 1000));
        awaitEvaluationOf("1-1-1-1", at);
        evaluation("1-1-1-1").body("evaluation.status", equalTo("NOT_ACHIEVED"))
                .body("evaluation.actual", equalTo(55.0f))
                .body("evaluation.sentence.ja", equalTo("目標 55.0％超に対し 55.0％（未達成）。標本の95％信頼区間は "
                        + "51.9〜58.1％で、目標値はこの区間内にあり、差は標本誤差の範囲内です。"));
        String above = post(Body.with(Body.survey(source, "above", 551, 1000), "observedOn", "2019-09-30"));
        awaitEvaluationOf("1-1-1-1", above);
        evaluation("1-1-1-1").body("evaluation.status", equalTo("ACHIEVED")).body("evaluation.actual", equalTo(55.1f));
    }

    @Test
    void anUndoneMilestoneTurnsNotDoneTheDayAfterItsDeadline() {
        Map<String, Object> inProgress = Body.with(Body.milestone(source(), "autumn", "IN_PROGRESS"), "observedOn",
                "2019-10-01");
        clock.set(Instant.parse("2019-10-01T01:00:00Z")); // recorded on 1 October 2019, in Osaka
        String id;
        try {
            id = post(inProgress);
        } finally {
            clock.reset();
        }
        awaitEvaluationOf("2-1-6-1", id);
        given().queryParam("asOf", "2019-12-31T23:59:59+09:00").get(evaluationPath(), PLAN, "2-1-6-1").then()
                .statusCode(200).body("evaluation.status", equalTo("IN_PROGRESS"))
                .body("evaluation.osakaLabel", equalTo("順調"));
        given().queryParam("asOf", "2020-01-01T12:00:00+09:00").get(evaluationPath(), PLAN, "2-1-6-1").then()
                .statusCode(200).body("evaluation.status", equalTo("NOT_DONE"))
                .body("evaluation.osakaLabel", equalTo("順調でない"))
                .body("evaluation.sentence.ja", equalTo("「津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定」は"
                        + "期限の2019年12月31日を過ぎても完了していません（順調でない）。"));
        evaluation("2-1-6-1").body("evaluation.mode", equalTo("YEAR_END"))
                .body("evaluation.status", equalTo("NOT_DONE")).body("evaluation.osakaLabel", equalTo("未達成"));
        // the stored version is the one judged in October; the deadline changes reads, not history
        given().get(evaluationPath() + "/history", PLAN, "2-1-6-1").then().statusCode(200)
                .body("[-1].evaluation.status", equalTo("IN_PROGRESS"));
    }

    @Test
    void coverageOfTheSchoolDistrictsCountsThePlansList() {
        String source = source();
        String two = post(Body.with(Body.areas(source, "first", DISTRICTS.subList(0, 2)), "plan", PLAN));
        awaitEvaluationOf("2-1-1-1", two);
        evaluation("2-1-1-1").body("evaluation.status", equalTo("NOT_ACHIEVED"))
                .body("evaluation.target", equalTo(3))
                .body("evaluation.sentence.ja", equalTo("目標 全小学校区（3小学校区）に対し 2小学校区（未達成）。"));
        // a name outside the plan's list is refused whole, before anything is written
        given().contentType(ContentType.JSON)
                .body(Body.with(Body.areas(source, "stray", List.of("テスト第三", "市岡")), "plan", PLAN))
                .post("/api/v1/measurements").then().statusCode(422)
                .body("errors.code", hasItem("unknown-area"));
        String all = post(Body.with(Body.areas(source, "second", DISTRICTS.subList(2, 3)), "plan", PLAN));
        awaitEvaluationOf("2-1-1-1", all);
        evaluation("2-1-1-1").body("evaluation.status", equalTo("ACHIEVED")).body("evaluation.actual", equalTo(3));
    }

    private static String source() {
        return "rule-fields-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(Body.with(body, "plan", PLAN)).post("/api/v1/measurements")
                .then().statusCode(202).extract().path("id");
    }

    private static String evaluationPath() {
        return "/api/v1/plans/{key}/targets/{code}/evaluation";
    }

    private static void awaitEvaluationOf(String target, String measurementId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(evaluationPath(), PLAN, target).then().statusCode(200)
                        .body("lastMeasurementId", equalTo(measurementId)));
    }

    private static io.restassured.response.ValidatableResponse evaluation(String target) {
        return given().get(evaluationPath(), PLAN, target).then().statusCode(200);
    }
}
