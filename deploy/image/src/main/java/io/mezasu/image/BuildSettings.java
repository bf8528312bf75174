package io.mezasu.image;

import java.nio.file.Path;

/**
 * What the image build reads from the Maven execution (system properties set in deploy/image/pom.xml).
 *
 * @param root     the repository root, where each service's target/quarkus-app is
 * @param imageDir where the OCI tarballs go
 * @param workDir  the JRE, the system files and jib's layer cache, kept between builds
 * @param jdk      the JDK whose jlink and jmods make the image's JRE
 * @param version  the project version; the image tag is the same without -SNAPSHOT
 * @param source   the repository URL for the source label, or empty
 */
record BuildSettings(Path root, Path imageDir, Path workDir, Path jdk, String version, String source) {

    static BuildSettings fromSystemProperties() {
        return new BuildSettings(
                path("mezasu.image.root"),
                path("mezasu.image.dir"),
                path("mezasu.image.work"),
                path("mezasu.image.jdk"),
                required("mezasu.image.version"),
                System.getProperty("mezasu.image.source", "").trim());
    }

    /** The tag deploy/k8s and deploy/compose refer to: 0.1.0 for 0.1.0-SNAPSHOT. */
    String tag() {
        return version.replace("-SNAPSHOT", "");
    }

    private static Path path(String property) {
        return Path.of(required(property)).toAbsolutePath().normalize();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing system property " + property);
        }
        return value;
    }
}
