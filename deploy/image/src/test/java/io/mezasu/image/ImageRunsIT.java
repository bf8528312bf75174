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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images run: their layers, applied in order, are a file system where the JRE starts as user 185 and each
 * service boots with the classes, modules and native libraries it needs. No container runtime here, so the test
 * does a runtime's part with unshare and chroot (root only; skipped otherwise).
 */
@EnabledIf("io.mezasu.image.Chroot#available")
class ImageRunsIT {

    /** What a JRE lacking a module or a library the service needs would print. */
    private static final Pattern MISSING = Pattern.compile(
            "NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError|ServiceConfigurationError"
                    + "|error while loading shared libraries|UnsupportedCharsetException");

    @TempDir
    Path dir;

    @Test
    void theJreStartsAsTheServiceUser() throws Exception {
        Path root = unpack(OciImage.open("plan-service", layout()));

        Chroot.Result java = Chroot.run(root, "185", Map.of(),
                List.of("/opt/java/bin/java", "-XshowSettings:properties", "-version"), 60);

        assertEquals(0, java.exitCode(), java.output());
        assertTrue(java.output().contains("java.home = /opt/java"), java.output());
        // The name comes from the image's /etc/passwd.
        assertTrue(java.output().contains("user.name = mezasu"), java.output());
    }

    /**
     * Booted with its image's entrypoint and environment, a database that refuses connections and no Kafka, each
     * service gets as far as its schema migration and fails there, on the connection and on nothing else.
     */
    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "measurement-service"})
    void theServiceBootsUntilItNeedsItsDatabase(String service) throws Exception {
        OciImage image = OciImage.open(service, layout());
        Path root = unpack(image);
        Map<String, String> env = environment(image.config.path("config").path("Env"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/" + service);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        // The host's network is shared: any free port rather than the image's 8080.
        env.put("QUARKUS_HTTP_PORT", "0");

        Chroot.Result boot = Chroot.run(root, "185", env, strings(image.config.path("config").path("Entrypoint")), 180);

        assertNotEquals(0, boot.exitCode(), boot.output());
        assertTrue(boot.output().contains("Connection to 127.0.0.1:1 refused"), boot.output());
        assertFalse(MISSING.matcher(boot.output()).find(), boot.output());
    }

    private Path layout() throws IOException {
        return Files.createDirectory(dir.resolve("layout"));
    }

    private Path unpack(OciImage image) throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        image.extractLayersTo(root);
        return root;
    }

    private static Map<String, String> environment(JsonNode env) {
        Map<String, String> variables = new HashMap<>();
        env.forEach(entry -> {
            String[] nameAndValue = entry.asText().split("=", 2);
            variables.put(nameAndValue[0], nameAndValue[1]);
        });
        return variables;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
