package io.mezasu.measurement.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.support.TestPlans;
import io.mezasu.platform.topics.TopicProvisioner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** Topics as code, against the real broker: what the service created, and readiness when a topic would forget. */
@QuarkusTest
class TopicsTests {

    private static final List<String> LOGS = List.of("mezasu.plans", "mezasu.plans.dlq", "mezasu.measurements",
            "mezasu.measurements.dlq");

    @Inject
    TopicProvisioner provisioner;

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlans.bootstrap()));
    }

    private static Map<String, String> settings(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        Map<String, String> values = new TreeMap<>();
        for (String name : List.of("cleanup.policy", "retention.ms", "retention.bytes", "min.insync.replicas")) {
            values.put(name, config.get(name).value());
        }
        return values;
    }

    @Test
    void everyLogTopicKeepsEveryEventAndEvaluationsKeepTheLatestPerTarget() throws Exception {
        try (Admin admin = admin()) {
            for (String log : LOGS) {
                assertEquals(Map.of("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1",
                        "min.insync.replicas", "1"), settings(admin, log), log);
                assertEquals(3, admin.describeTopics(List.of(log)).allTopicNames().get().get(log).partitions().size());
            }
            assertEquals("compact", settings(admin, "mezasu.evaluations").get("cleanup.policy"));
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka-topics' }.status", equalTo("UP"));
    }

    @Test
    void readinessIsDownAndNamesTheTopicAndSettingWhileATopicWouldLoseEvents() throws Exception {
        try (Admin admin = admin()) {
            alter(admin, "mezasu.measurements.dlq", "604800000");
            try {
                provisioner.check();
                given().when().get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == 'kafka-topics' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'kafka-topics' }.data.'mezasu.measurements.dlq retention.ms'",
                                containsString("retention.ms=604800000 (7 days): older events are deleted"));
            } finally {
                alter(admin, "mezasu.measurements.dlq", "-1");
            }
            provisioner.check();
            given().when().get("/q/health/ready").then().statusCode(200);
        }
    }

    private static void alter(Admin admin, String topic, String retentionMs) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(
                new ConfigResource(ConfigResource.Type.TOPIC, topic),
                List.of(new AlterConfigOp(new ConfigEntry("retention.ms", retentionMs), AlterConfigOp.OpType.SET)));
        admin.incrementalAlterConfigs(change).all().get();
    }
}
