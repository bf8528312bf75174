package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TrustedClient;
import io.mezasu.measurement.support.TestPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the event log unreachable, a write is refused promptly with 503 and Retry-After, never left hanging. */
@QuarkusTest
@ExtendWith(TrustedClient.class)
@TestProfile(KafkaUnreachableTests.DeadBroker.class)
class KafkaUnreachableTests {

    /** Only the ingest producer points at a port nothing listens on; the catalog still works. */
    public static class DeadBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.measurements.bootstrap.servers", "127.0.0.1:9",
                    "mezasu.measurement.publish-timeout", "4s");
        }
    }

    @Test
    void aWriteGets503WithRetryAfterAndNothingIsAccepted() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        Map<String, Object> body = Body.survey("dead-broker", "w1", 1, 2);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/measurements")
                .then().time(lessThan(15L), TimeUnit.SECONDS)
                .statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("5"));
        // The ledger rolled back: the same measurement is still new.
        given().contentType(ContentType.JSON).body(java.util.List.of(body)).queryParam("dryRun", true)
                .when().post("/api/v1/measurements/batch").then().statusCode(200).body("counts.imported", equalTo(1));
    }
}
