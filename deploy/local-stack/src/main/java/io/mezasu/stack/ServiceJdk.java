package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK the services run on. The bytecode is Java 17, but a JDK 25 or newer can start them from an AOT cache
 * (JEP 483/514), which cuts their start-up by about 40 %. Chosen by {@link #detect()}.
 *
 * @param java    the java binary
 * @param version its JAVA_VERSION ({@code 25.0.3}), {@code unknown} when there is no release file to tell
 * @param origin  why this one
 */
public record ServiceJdk(Path java, String version, Origin origin) {

    /** JEP 514's one-step training ({@code -XX:AOTCacheOutput}) came with 25. */
    static final int AOT_FEATURE = 25;
    static final String ENV = "MEZASU_SERVICE_JAVA";
    static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]*)\"");

    public enum Origin {
        ENVIRONMENT(ENV), INSTALLED("first JDK " + AOT_FEATURE + "+ under " + JVM_DIR), LAUNCHER("the launcher's own");

        private final String label;

        Origin(String label) {
            this.label = label;
        }
    }

    /** {@value #ENV} if set, else the first JDK 25+ under /usr/lib/jvm, else the launcher's own java. */
    public static ServiceJdk detect() {
        return detect(System.getenv(ENV), JVM_DIR, launcher());
    }

    static ServiceJdk detect(String override, Path jvmDir, ServiceJdk launcher) {
        if (override != null && !override.isBlank()) {
            Path java = Path.of(override.trim());
            if (!Files.isRegularFile(java) || !Files.isExecutable(java)) {
                throw new IllegalArgumentException(ENV + "=" + override + " is not an executable java binary");
            }
            return new ServiceJdk(java, homeOf(java).flatMap(ServiceJdk::releaseVersion).orElse("unknown"),
                    Origin.ENVIRONMENT);
        }
        return installed(jvmDir).filter(ServiceJdk::supportsAot).findFirst().orElse(launcher);
    }

    /** The JDKs in {@code jvmDir} (a directory with a release file and bin/java), in name order. */
    static Stream<ServiceJdk> installed(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(jvmDir)) {
            List<Path> homes = entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            return homes.stream()
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .flatMap(home -> releaseVersion(home).stream()
                            .map(v -> new ServiceJdk(home.resolve("bin/java"), v, Origin.INSTALLED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JAVA_VERSION from {@code home/release}, which every JDK since 9 has. */
    static Optional<String> releaseVersion(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException noReleaseFile) {
            return Optional.empty();
        }
    }

    /** {@code bin/java}'s JDK home, through symlinks such as /usr/bin/java → /etc/alternatives/java. */
    private static Optional<Path> homeOf(Path java) {
        try {
            Path bin = java.toRealPath().getParent();
            return Optional.ofNullable(bin == null ? null : bin.getParent());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ServiceJdk launcher() {
        return new ServiceJdk(Path.of(ServiceProcess.javaBinary()), System.getProperty("java.version"),
                Origin.LAUNCHER);
    }

    /** The feature release: 25 for {@code 25.0.3} or {@code 25-ea}, 8 for {@code 1.8.0_412}, 0 when unknown. */
    public int feature() {
        Matcher m = Pattern.compile("^(?:1\\.)?(\\d+)").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    public boolean supportsAot() {
        return feature() >= AOT_FEATURE;
    }

    /** For logs and the bench report: {@code JDK 25.0.3 (/usr/lib/jvm/…/bin/java, MEZASU_SERVICE_JAVA)}. */
    public String describe() {
        return "JDK " + version + " (" + java + ", " + origin.label + ")";
    }
}
