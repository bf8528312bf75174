package io.mezasu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml, the single-host pilot, held to the same declarations as the manifests. */
class ComposeFileTest {

    private static Map<String, Object> services() throws Exception {
        String text = Files.readString(Declarations.root().resolve("deploy/compose/compose.yaml"));
        return Yaml.at(Yaml.documents(text).get(0), "services");
    }

    @Test
    void theServicesReadEveryVariableTheyAreGivenAndLackNone() throws Exception {
        Map<String, Object> services = services();
        assertTrue(services.keySet().containsAll(Set.of("kafka", "postgres", "plan-service", "measurement-service")));
        for (String service : Declarations.SERVICES) {
            Map<String, Object> definition = Yaml.at(services, service);
            Map<String, Object> env = Yaml.at(definition, "environment");
            Set<String> unknown = new HashSet<>(env.keySet());
            unknown.removeAll(Declarations.environmentNames(service));
            unknown.removeAll(Declarations.SECRETS);
            assertEquals(Set.of(), unknown, service + " is given variables it never reads");
            assertTrue(env.keySet().containsAll(Declarations.REQUIRED), service + " lacks settings it needs");
            assertTrue(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL")).endsWith("/" + service.split("-")[0]),
                    service + " has a database of its own");
            assertEquals(Boolean.TRUE, definition.get("read_only"), service);
            assertTrue(!"0".equals(definition.get("user")) && definition.get("user") != null, service + " runs as root");
        }
    }

    @Test
    void theBrokerCreatesNoTopicOnFirstUse() throws Exception {
        Map<String, Object> env = Yaml.at(services(), "kafka.environment");
        assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"));
        Map<String, Object> plan = Yaml.at(services(), "plan-service.environment");
        assertEquals(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"), plan.get("MEZASU_KAFKA_REPLICATION_FACTOR"),
                "one broker: one copy of every topic");
    }
}
