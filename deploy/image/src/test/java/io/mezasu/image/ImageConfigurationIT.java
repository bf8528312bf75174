package io.mezasu.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each tarball's image configuration: what a runtime will run, as whom, on which port, and what it is. */
class ImageConfigurationIT {

    private static final Path ROOT = Path.of(System.getProperty("mezasu.root.dir", "../.."));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "measurement-service"})
    void runsTheServiceAsUser185OnPort8080(String service) throws IOException {
        JsonNode config = OciImage.open(service, dir).config.path("config");

        assertEquals("185", config.path("User").asText());
        assertTrue(config.path("ExposedPorts").has("8080/tcp"), config.toString());
        assertEquals("/deployments", config.path("WorkingDir").asText());
        assertEquals(List.of("/opt/java/bin/java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", "/deployments/quarkus-run.jar"),
                strings(config.path("Entrypoint")));
        List<String> env = strings(config.path("Env"));
        assertTrue(env.contains("QUARKUS_HTTP_HOST=0.0.0.0"), env.toString());
        assertTrue(env.contains("QUARKUS_HTTP_PORT=8080"), env.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "measurement-service"})
    void isLabelledAndReproducible(String service) throws IOException {
        OciImage image = OciImage.open(service, dir);
        JsonNode labels = image.config.path("config").path("Labels");

        assertEquals(service, labels.path("org.opencontainers.image.title").asText());
        assertEquals("0.1.0", labels.path("org.opencontainers.image.version").asText());
        assertEquals("Mezasu", labels.path("org.opencontainers.image.vendor").asText());
        assertTrue(labels.path("org.opencontainers.image.description").asText().startsWith("Mezasu " + service));
        String source = System.getProperty("mezasu.image.source", "");
        assertEquals(source, labels.path("org.opencontainers.image.source").asText(""));
        // A fixed creation time: the digest depends on the content alone.
        assertEquals("1970-01-01T00:00:00Z", image.config.path("created").asText());
        assertEquals("linux", image.config.path("os").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "measurement-service"})
    void isNamedAsTheDeployFilesReferToIt(String service) throws IOException {
        String name = OciImage.open(service, dir).refName();

        assertEquals("mezasu/" + service + ":0.1.0", name);
        String deployment = Files.readString(ROOT.resolve("deploy/k8s/base/" + service + ".yaml"));
        assertTrue(deployment.contains("image: " + name), "deploy/k8s/base/" + service + ".yaml");
        assertTrue(Files.readString(ROOT.resolve("deploy/compose/compose.yaml")).contains("image: " + name));
    }

    @Test
    void bothImagesShareTheRuntimeLayersAndNothingElse() throws IOException {
        List<String> plan = OciImage.open("plan-service", Files.createDirectory(dir.resolve("plan"))).layerDigests();
        List<String> measurement = OciImage.open("measurement-service", Files.createDirectory(dir.resolve("m")))
                .layerDigests();

        assertEquals(6, plan.size(), "jre, system, dependencies, quarkus, application, run-jar");
        assertEquals(plan.subList(0, 2), measurement.subList(0, 2), "the JRE and system layers");
        assertNotEquals(plan.get(4), measurement.get(4), "the application layers");
        assertFalse(plan.get(0).isEmpty());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
