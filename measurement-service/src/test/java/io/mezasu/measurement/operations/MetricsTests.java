package io.mezasu.measurement.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.evaluation.EvaluationMetrics;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.measurement.support.TrustedClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mezasu_* metrics on /q/metrics move with what the service does. */
@QuarkusTest
@ExtendWith(TrustedClient.class)
class MetricsTests {

    @Inject
    EvaluationMetrics evaluations;

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void ingestOutcomesAreCountedByOutcomeAndProblemCode() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        String before = metrics();
        String source = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Body.survey(source, "m1", 400, 1000)).post("/api/v1/measurements")
                .then().statusCode(202);
        given().contentType(ContentType.JSON).body(Body.survey(source, "m1", 400, 1000)).post("/api/v1/measurements")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Body.survey(source, "m2", 1200, 1000)).post("/api/v1/measurements")
                .then().statusCode(422);
        given().contentType(ContentType.JSON).body(List.of(Body.survey(source, "b1", 1, 10), Body.survey(source, "b2", 2, 10)))
                .post("/api/v1/measurements/batch").then().statusCode(200);
        String after = metrics();
        String recorded = "mezasu_measurements_total{code=\"\",outcome=\"recorded\"}";
        String ignored = "mezasu_measurements_total{code=\"\",outcome=\"ignored\"}";
        assertTrue(value(after, recorded) - value(before, recorded) == 3, after);
        assertTrue(value(after, ignored) - value(before, ignored) == 1, after);
        assertTrue(after.contains("outcome=\"rejected\""), after);
        assertTrue(after.contains("mezasu_measurement_batch_rows_count"), after);
    }

    @Test
    void theOutboxTheCatalogAndEvaluationsByStatusAreGauged() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        evaluations.refresh();
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mezasu_outbox_pending{service=\"measurement-service\"}"))
                .body(containsString("mezasu_outbox_oldest_age_seconds{service=\"measurement-service\"}"))
                .body(containsString("mezasu_dead_letters_total{topic=\"mezasu.measurements\"}"))
                .body(containsString("mezasu_evaluations{plan=\"" + Body.PLAN + "\",status=\"NO_DATA\"}"));
        assertTrue(value(metrics(), "mezasu_catalog_plans") >= 1);
    }
}
