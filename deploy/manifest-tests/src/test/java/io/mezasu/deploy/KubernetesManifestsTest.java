package io.mezasu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy/k8s, as kubectl renders it: what the operators would apply. */
class KubernetesManifestsTest {

    /** Renders a kustomization with the kubectl on PATH (.ci/run installs one when missing). */
    static List<Map<String, Object>> render(String dir) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", Declarations.root().resolve(dir).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize " + dir + " failed");
        return Yaml.documents(out);
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> docs, String kind, String name) {
        return ofKind(docs, kind).stream().filter(d -> name.equals(Yaml.at(d, "metadata.name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/local"})
    void everyServiceIsProbedLimitedAndLockedDown(String dir) throws Exception {
        List<Map<String, Object>> docs = render(dir);
        assertEquals(Declarations.SERVICES, ofKind(docs, "Deployment").stream()
                .map(d -> (String) Yaml.at(d, "metadata.name")).collect(Collectors.toSet()));
        for (String service : Declarations.SERVICES) {
            Map<String, Object> pod = Yaml.at(named(docs, "Deployment", service), "spec.template.spec");
            Map<String, Object> container = Yaml.list(pod, "containers").get(0);
            assertEquals("/q/health/live", Yaml.at(container, "livenessProbe.httpGet.path"));
            assertEquals("/q/health/ready", Yaml.at(container, "readinessProbe.httpGet.path"));
            assertEquals("/q/health/started", Yaml.at(container, "startupProbe.httpGet.path"));
            assertEquals(Boolean.TRUE, Yaml.at(pod, "securityContext.runAsNonRoot"));
            assertEquals(Boolean.TRUE, Yaml.at(container, "securityContext.readOnlyRootFilesystem"));
            assertEquals(Boolean.FALSE, Yaml.at(container, "securityContext.allowPrivilegeEscalation"));
            assertNotNull(Yaml.at(container, "resources.requests.memory"), service);
            assertNotNull(Yaml.at(container, "resources.limits.memory"), service);
            Map<String, Object> selector = Yaml.at(named(docs, "PodDisruptionBudget", service), "spec.selector.matchLabels");
            assertEquals(selector, Yaml.at(named(docs, "Deployment", service), "spec.selector.matchLabels"));
            assertEquals(Yaml.at(named(docs, "Service", service), "spec.selector"), selector);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/local"})
    void everyEnvironmentVariableIsOneTheServiceReadsAndNoneIsMissing(String dir) throws Exception {
        List<Map<String, Object>> docs = render(dir);
        for (String service : Declarations.SERVICES) {
            Map<String, String> env = environment(docs, service);
            Set<String> known = new HashSet<>(Declarations.environmentNames(service));
            known.addAll(Declarations.SECRETS);
            Set<String> unknown = new HashSet<>(env.keySet());
            unknown.removeAll(known);
            assertEquals(Set.of(), unknown, service + " is given variables it never reads");
            Set<String> missing = new HashSet<>(Declarations.REQUIRED);
            missing.removeAll(env.keySet());
            assertEquals(Set.of(), missing, service + " lacks settings it needs");
            Map<String, Object> container = Yaml.list(Yaml.at(named(docs, "Deployment", service),
                    "spec.template.spec"), "containers").get(0);
            assertEquals(env.get("QUARKUS_HTTP_PORT"),
                    String.valueOf(Yaml.list(container, "ports").get(0).get("containerPort")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/local"})
    void everyDeclaredTopicIsAKafkaTopicWithTheDeclaredSettings(String dir) throws Exception {
        List<Map<String, Object>> docs = render(dir);
        Map<String, String> common = Yaml.at(named(docs, "ConfigMap", "mezasu-common"), "data");
        Map<String, Declarations.Topic> declared = Declarations.topics();
        assertEquals(declared.keySet(), ofKind(docs, "KafkaTopic").stream()
                .map(t -> (String) Yaml.at(t, "spec.topicName")).collect(Collectors.toSet()));
        for (Declarations.Topic topic : declared.values()) {
            Map<String, Object> spec = Yaml.at(ofKind(docs, "KafkaTopic").stream()
                    .filter(t -> topic.name().equals(Yaml.at(t, "spec.topicName"))).findFirst().orElseThrow(), "spec");
            Map<String, Object> config = Yaml.at(spec, "config");
            assertEquals(topic.partitions(), spec.get("partitions"), topic.name());
            assertEquals(common.get("MEZASU_KAFKA_REPLICATION_FACTOR"), String.valueOf(spec.get("replicas")), topic.name());
            assertEquals(common.get("MEZASU_KAFKA_MIN_INSYNC_REPLICAS"),
                    String.valueOf(config.get("min.insync.replicas")), topic.name());
            assertEquals(topic.cleanupPolicy(), config.get("cleanup.policy"), topic.name());
            assertEquals(topic.retentionMs(), String.valueOf(config.get("retention.ms")), topic.name());
            assertEquals(topic.retentionBytes(), String.valueOf(config.get("retention.bytes")), topic.name());
        }
        Map<String, Object> kafka = named(docs, "Kafka", "mezasu");
        Map<String, Object> brokerConfig = Yaml.at(kafka, "spec.kafka.config");
        assertEquals(Boolean.FALSE, brokerConfig.get("auto.create.topics.enable"), "topics only from KafkaTopic");
        assertFalse(ofKind(docs, "Cluster").isEmpty(), "a CloudNativePG Cluster per database");
    }

    /** A container's variables: its own and those of the ConfigMaps it takes whole. */
    static Map<String, String> environment(List<Map<String, Object>> docs, String service) {
        Map<String, Object> container = Yaml.list(Yaml.at(named(docs, "Deployment", service), "spec.template.spec"),
                "containers").get(0);
        Map<String, String> env = new HashMap<>();
        for (Map<String, Object> from : Yaml.list(container, "envFrom")) {
            Map<String, String> data = Yaml.at(named(docs, "ConfigMap", Yaml.at(from, "configMapRef.name")), "data");
            env.putAll(data);
        }
        for (Map<String, Object> variable : Yaml.list(container, "env")) {
            env.put((String) variable.get("name"), String.valueOf(variable.getOrDefault("value", "(from a Secret)")));
        }
        return env;
    }
}
