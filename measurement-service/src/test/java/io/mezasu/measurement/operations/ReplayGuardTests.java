package io.mezasu.measurement.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.measurement.support.TrustedClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A replay never loses data: when the measurements topic no longer starts at offset 0 it is refused with a 409 and
 * the projection is left as it was. On a topic of its own, because deleting records cannot be undone.
 */
@QuarkusTest
@ExtendWith(TrustedClient.class)
@TestProfile(ReplayGuardTests.OwnTopic.class)
class ReplayGuardTests {

    static final String TOPIC = "mezasu.measurements.truncated-by-test";

    public static class OwnTopic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mezasu.kafka.topics.measurements.name", TOPIC);
        }
    }

    @Test
    void aReplayOfATruncatedTopicIsRefusedAndChangesNothing() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).body(Body.survey("guard", "g" + i, 100 + i, 1000))
                    .when().post("/api/v1/measurements").then().statusCode(202);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> projected() == 6);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
                    .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            // Every measurement of one target shares a key, so one partition holds all six: cut its first event.
            admin.deleteRecords(ends.entrySet().stream().filter(e -> e.getValue().offset() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> RecordsToDelete.beforeOffset(1)))).all().get();
        }
        given().when().post("/api/v1/admin/replay").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:log-incomplete"))
                .body("detail", containsString(":1")) // partition:first offset kept, e.g. 0:1
                .body("detail", containsString("nothing was changed"));
        given().when().get("/api/v1/measurements?plan=" + Body.PLAN + "&source=guard").then().statusCode(200)
                .body("total", equalTo(6));
    }

    private static int projected() {
        return given().when().get("/api/v1/measurements?plan=" + Body.PLAN + "&source=guard").then().statusCode(200)
                .extract().path("total");
    }
}
