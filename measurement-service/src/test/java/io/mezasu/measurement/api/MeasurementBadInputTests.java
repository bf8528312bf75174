package io.mezasu.measurement.api;

import static io.mezasu.measurement.support.Body.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TrustedClient;
import io.mezasu.measurement.support.TestPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a problem+json 4xx naming the field, and nothing is written. */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class MeasurementBadInputTests {

    static final String SOURCE = "bad-input-vendor";

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static Stream<Arguments> rejected() {
        Map<String, Object> survey = Body.survey(SOURCE, "s1", 412, 1000);
        return Stream.of(
                Arguments.of("unknown plan", with(survey, "plan", "osaka-fy2099"), "plan", "unknown-plan"),
                Arguments.of("unknown target", with(survey, "target", "9-9-9-9"), "target", "unknown-target"),
                Arguments.of("COUNT for a PERCENT target", with(with(with(with(survey, "kind", "COUNT"),
                        "numerator", null), "denominator", null), "value", 5).entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("survey") && !e.getKey().startsWith("field")
                                && !e.getKey().equals("questionId"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        "kind", "kind-mismatch"),
                Arguments.of("fiscal year outside the plan", with(with(survey, "fiscalYear", 2020),
                        "observedOn", "2020-08-31"), "fiscalYear", "period-outside-plan"),
                Arguments.of("observed outside its fiscal year", with(survey, "observedOn", "2020-04-01"),
                        "observedOn", "observed-outside-period"),
                Arguments.of("unknown area", Body.areas(SOURCE, "a1", List.of("市岡", "梅田")), "areas/1", "unknown-area"),
                Arguments.of("numerator above denominator", with(survey, "numerator", 1001), "numerator",
                        "numerator-exceeds-denominator"),
                Arguments.of("negative numerator", with(survey, "numerator", -1), "numerator", "negative"),
                Arguments.of("denominator 0", with(survey, "denominator", 0), "denominator", "zero-denominator"),
                Arguments.of("negative count", Body.count(SOURCE, "c1", -5, "INCREMENT"), "value", "negative"),
                Arguments.of("fractional count", with(Body.count(SOURCE, "c1", 5, "INCREMENT"), "value", 5.5),
                        "value", "not-integral"),
                Arguments.of("score above its scale", Body.score(SOURCE, "f1", 5.5, 5), "meanScore",
                        "score-out-of-scale"),
                Arguments.of("scale other than the target's", Body.score(SOURCE, "f1", 3.5, 10), "scale",
                        "scale-mismatch"),
                Arguments.of("component of another kind", with(survey, "value", 3), "value", "not-applicable"),
                Arguments.of("source id too long", with(survey, "sourceId", "x".repeat(201)), "sourceId", "too-long"),
                Arguments.of("note too long", with(survey, "note", "長".repeat(1001)), "note", "too-long"),
                Arguments.of("missing observation date", with(survey, "observedOn", null), "observedOn", "required"),
                Arguments.of("milestone without evidence", with(Body.milestone(SOURCE, "m1", "DONE"), "evidence", null),
                        "evidence", "required"),
                Arguments.of("evidence URL that is not http(s)", with(Body.milestone(SOURCE, "m1", "DONE"),
                        "evidenceUrl", "javascript:alert(1)"), "evidenceUrl", "invalid-format"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void isRejectedWithA422NamingTheField(String name, Map<String, Object> body, String field, String code) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measurements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:unprocessable"))
                .body("errors.field", hasItem(field)).body("errors.code", hasItem(code))
                .body(not(containsString("Exception")));
    }

    static Stream<Arguments> malformed() {
        String ok = "\"plan\":\"minato-fy2019\",\"target\":\"1-1-1-1\",\"kind\":\"SURVEY\",\"fiscalYear\":2019,"
                + "\"observedOn\":\"2019-08-31\",\"source\":\"" + SOURCE + "\",\"sourceId\":\"m1\"";
        return Stream.of(
                Arguments.of("truncated JSON", "{" + ok + ",\"numerator\":"),
                Arguments.of("NaN", "{" + ok + ",\"numerator\":NaN,\"denominator\":100}"),
                Arguments.of("Infinity", "{" + ok + ",\"numerator\":1,\"denominator\":Infinity}"),
                Arguments.of("string in a number field", "{" + ok + ",\"numerator\":\"12\",\"denominator\":100}"),
                Arguments.of("decimal in a whole-number field", "{" + ok + ",\"numerator\":12.5,\"denominator\":100}"),
                Arguments.of("unknown field", "{" + ok + ",\"numerator\":1,\"denominator\":100,\"ratio\":1}"),
                Arguments.of("unknown kind", "{" + ok.replace("SURVEY", "GUESS") + ",\"numerator\":1,\"denominator\":2}"),
                Arguments.of("bad date", "{" + ok.replace("2019-08-31", "2019-02-30") + ",\"numerator\":1,\"denominator\":2}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedJsonIsA400WithWhere(String name, String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measurements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(emptyOrNullString()))
                .body(not(containsString("at com.fasterxml")));
    }

    @Test
    void nothingRejectedWasWritten() {
        rejected().forEach(args -> given().contentType(ContentType.JSON).body(args.get()[1])
                .post("/api/v1/measurements").then().statusCode(422));
        // The valid forms of those source ids are all still new to the ledger.
        List<Map<String, Object>> valid = List.of(Body.survey(SOURCE, "s1", 412, 1000),
                Body.areas(SOURCE, "a1", List.of("市岡")), Body.count(SOURCE, "c1", 5, "INCREMENT"),
                Body.score(SOURCE, "f1", 3.5, 5), Body.milestone(SOURCE, "m1", "DONE"));
        given().contentType(ContentType.JSON).body(valid).queryParam("dryRun", true)
                .when().post("/api/v1/measurements/batch").then().statusCode(200).body("counts.imported", equalTo(5));
        given().queryParam("source", SOURCE).when().get("/api/v1/measurements").then().body("total", equalTo(0));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType("text/plain").body("numerator=1").when().post("/api/v1/measurements")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("application/xml").body("<m/>").when().post("/api/v1/measurements/batch")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBatchOverTheLimitIs413() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            rows.add(Body.count(SOURCE, "big-" + i, 1, "INCREMENT"));
        }
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/measurements/batch")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("10000"));
    }

    @Test
    void aRetractionNeedsAReasonAndAnExistingMeasurement() {
        given().when().delete("/api/v1/measurements/{id}", java.util.UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().queryParam("reason", "重複").when().delete("/api/v1/measurements/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/measurements/{id}", "not-a-uuid").then().statusCode(404);
    }
}
