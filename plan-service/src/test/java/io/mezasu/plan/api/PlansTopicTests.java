package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** plan-service owns the plans topic: created at start-up from its declaration, keeping every PlanPublished. */
@QuarkusTest
class PlansTopicTests {

    @Test
    void thePlansTopicKeepsEveryPublishedVersionForGood() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        ConfigResource plans = new ConfigResource(ConfigResource.Type.TOPIC, PlanEvents.TOPIC);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Config config = admin.describeConfigs(List.of(plans)).all().get().get(plans);
            assertEquals("delete", config.get("cleanup.policy").value());
            assertEquals("-1", config.get("retention.ms").value());
            assertEquals("-1", config.get("retention.bytes").value());
            assertEquals(3, admin.describeTopics(List.of(PlanEvents.TOPIC)).allTopicNames().get()
                    .get(PlanEvents.TOPIC).partitions().size());
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka-topics' }.data.'mezasu.plans'", equalTo("as declared"));
    }
}
