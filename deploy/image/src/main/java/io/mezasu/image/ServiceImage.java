package io.mezasu.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One service's image: the shared runtime layers, then its quarkus-app, written as an OCI tarball. */
final class ServiceImage {

    static final String APP_DIR = "/deployments";
    static final List<String> ENTRYPOINT = List.of(
            "/opt/java/bin/java",
            // The heap follows the container's memory limit; the rest is metaspace, threads and direct buffers.
            "-XX:MaxRAMPercentage=75",
            // An OutOfMemoryError leaves a JVM in an unknown state: exit, and let the platform restart it.
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-jar", APP_DIR + "/quarkus-run.jar");

    private final BuildSettings settings;
    private final List<FileEntriesLayer> runtime;

    ServiceImage(BuildSettings settings, List<FileEntriesLayer> runtime) {
        this.settings = settings;
        this.runtime = runtime;
    }

    Path write(Service service) throws Exception {
        Path tarball = settings.imageDir().resolve(service.name() + ".tar");
        Files.createDirectories(settings.imageDir());
        image(service).containerize(containerizer(service, tarball));
        return tarball;
    }

    private JibContainerBuilder image(Service service) throws Exception {
        return Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .setPlatforms(Set.of(new Platform(architecture(), "linux")))
                .setFileEntriesLayers(layers(service))
                .setEntrypoint(ENTRYPOINT)
                .setWorkingDirectory(AbsoluteUnixPath.get(APP_DIR))
                .setUser(SystemLayer.USER)
                .setExposedPorts(Port.tcp(8080))
                .setEnvironment(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0", "QUARKUS_HTTP_PORT", "8080"))
                .setLabels(labels(service))
                // A fixed date: the same inputs give the same image digest.
                .setCreationTime(Instant.EPOCH);
    }

    /** Least to most often changed, so that a new build of the code reuses every layer below app/. */
    private List<FileEntriesLayer> layers(Service service) throws Exception {
        Path app = service.quarkusApp(settings.root());
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " has no quarkus-run.jar: package " + service.name() + " first");
        }
        List<FileEntriesLayer> layers = new ArrayList<>(runtime);
        layers.add(Layers.directory("dependencies", app.resolve("lib"), APP_DIR + "/lib"));
        layers.add(Layers.directory("quarkus", app.resolve("quarkus"), APP_DIR + "/quarkus"));
        layers.add(Layers.directory("application", app.resolve("app"), APP_DIR + "/app"));
        layers.add(Layers.file("run-jar", app.resolve("quarkus-run.jar"), APP_DIR + "/quarkus-run.jar"));
        return layers;
    }

    private Map<String, String> labels(Service service) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", service.name());
        labels.put("org.opencontainers.image.description", service.description());
        labels.put("org.opencontainers.image.version", settings.tag());
        labels.put("org.opencontainers.image.vendor", "Mezasu");
        if (!settings.source().isEmpty()) {
            labels.put("org.opencontainers.image.source", settings.source());
        }
        return labels;
    }

    private Containerizer containerizer(Service service, Path tarball) throws Exception {
        Path cache = settings.workDir().resolve("jib-cache");
        return Containerizer.to(TarImage.at(tarball).named(service.imageName(settings.tag())))
                // From scratch: there is no registry to ask, and none must be asked.
                .setOfflineMode(true)
                .setBaseImageLayersCache(cache)
                .setApplicationLayersCache(cache)
                .setToolName("mezasu-image")
                .addEventHandler(LogEvent.class, ServiceImage::log);
    }

    private static void log(LogEvent event) {
        if (event.getLevel().compareTo(LogEvent.Level.WARN) <= 0) {
            System.err.println("[jib] " + event.getLevel() + " " + event.getMessage());
        }
    }

    /** The system layer is this machine's libraries: the image is for this machine's architecture. */
    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }
}
