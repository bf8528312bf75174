package io.mezasu.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.stack.Dirs;
import io.mezasu.stack.LocalStack;
import io.mezasu.stack.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The images run: their layers, applied in order, make a file system where the JRE starts as user 185 and where
 * each service, with its image's entrypoint and environment, becomes ready against a real PostgreSQL and Kafka
 * (the local stack's), so that no module, class or native library it needs is missing. No container runtime here:
 * unshare and chroot do a runtime's part (root only; skipped otherwise).
 */
@EnabledIf("io.mezasu.image.Chroot#available")
class ImageRunsIT {

    private static final Path ROOT = Path.of(System.getProperty("mezasu.root.dir", "../..")).toAbsolutePath();
    private static final String JWT_KEY_IN_IMAGE = "/etc/mezasu/jwt/public.pem";

    private static Path dir;
    private static LocalStack stack;

    @BeforeAll
    static void startPostgresAndKafka() throws Exception {
        // Not JUnit's @TempDir: the postgres OS user must be able to reach the data directory.
        dir = Dirs.newTempDir("mezasu-image-");
        stack = new LocalStack(new LocalStack.Settings(ROOT, dir.resolve("stack"), Ports.free(), Ports.free(),
                List.of(new LocalStack.Service("plan-service", "plan-service", Ports.free()),
                        new LocalStack.Service("measurement-service", "measurement-service", Ports.free()))));
        stack.startInfrastructure();
    }

    @AfterAll
    static void stopThem() throws IOException {
        if (stack != null) {
            stack.close();
        }
        Dirs.deleteRecursively(dir);
    }

    @Test
    void theJreStartsAsTheServiceUser() throws Exception {
        Path root = unpack("plan-service", "jre").root();

        Chroot.Result java = Chroot.run(root, "185", Map.of(),
                List.of("/opt/java/bin/java", "-XshowSettings:properties", "-version"), 60);

        assertEquals(0, java.exitCode(), java.output());
        assertTrue(java.output().contains("java.home = /opt/java"), java.output());
        // The name comes from the image's /etc/passwd.
        assertTrue(java.output().contains("user.name = mezasu"), java.output());
    }

    /** Both at once: each boot is mostly waiting on one core. */
    @Test
    void bothServicesBecomeReadyInTheirImages() throws Exception {
        List<RunningService> services = new ArrayList<>();
        try {
            for (LocalStack.Service service : stack.settings().services()) {
                services.add(start(service));
            }
            for (RunningService service : services) {
                assertTrue(service.awaitReady(LocalStack.READY_TIMEOUT),
                        service.name() + " is not ready:\n" + service.logTail());
            }
        } finally {
            services.forEach(RunningService::stop);
        }
    }

    private RunningService start(LocalStack.Service service) throws IOException {
        Unpacked image = unpack(service.name(), service.name());
        Map<String, String> env = environment(image.config().path("Env"));
        env.putAll(stack.serviceEnvironment(service));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + copyJwtKeyInto(image.root(), env));
        Path log = dir.resolve(service.name() + ".log");
        Process process = Chroot.start(image.root(), "185", env, strings(image.config().path("Entrypoint")), log);
        return new RunningService(service, process, log);
    }

    /** Where deploy/k8s mounts the token verification key; the stack's key file is outside the image. */
    private static String copyJwtKeyInto(Path root, Map<String, String> env) throws IOException {
        Path key = Path.of(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").replaceFirst("^file:", ""));
        Path inImage = root.resolve(JWT_KEY_IN_IMAGE.substring(1));
        Files.createDirectories(inImage.getParent());
        Files.copy(key, inImage);
        return JWT_KEY_IN_IMAGE;
    }

    private record Unpacked(Path root, JsonNode config) {
    }

    private static Unpacked unpack(String service, String name) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        OciImage image = OciImage.open(service, Files.createDirectory(work.resolve("layout")));
        Path root = Files.createDirectory(work.resolve("root"));
        image.extractLayersTo(root);
        return new Unpacked(root, image.config.path("config"));
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
