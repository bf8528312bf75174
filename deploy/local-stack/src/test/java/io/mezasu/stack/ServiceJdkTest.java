package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK the services run on, from fake JDK homes (a release file and an executable bin/java). */
class ServiceJdkTest {

    private static final ServiceJdk LAUNCHER = new ServiceJdk(Path.of("/opt/launcher/bin/java"), "17.0.15",
            ServiceJdk.Origin.LAUNCHER);

    @TempDir
    Path jvmDir;

    @Test
    void theReleaseFileGivesTheVersionAndItsFeatureRelease() throws Exception {
        Path home = jdk("temurin-25", "25.0.3");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n"
                + "JAVA_VERSION_DATE=\"2026-04-21\"\n");
        assertEquals(Optional.of("25.0.3"), ServiceJdk.releaseVersion(home));
        assertEquals(Optional.empty(), ServiceJdk.releaseVersion(jvmDir.resolve("nothing-here")));

        assertEquals(25, feature("25.0.3"));
        assertEquals(26, feature("26-ea"));
        assertEquals(17, feature("17"));
        assertEquals(8, feature("1.8.0_412"));
        assertEquals(0, feature("unknown"));
        assertTrue(new ServiceJdk(Path.of("java"), "25", ServiceJdk.Origin.INSTALLED).supportsAot());
        assertFalse(new ServiceJdk(Path.of("java"), "24.0.2", ServiceJdk.Origin.INSTALLED).supportsAot());
    }

    @Test
    void theFirstJdk25OrNewerInNameOrderWins() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.3");
        jdk("jdk-26", "26-ea");
        Files.createDirectories(jvmDir.resolve("aaa-no-release/bin")); // e.g. /usr/lib/jvm/openjdk-17 (sources only)
        Files.delete(jdk("aab-no-java", "25.0.1").resolve("bin/java"));

        assertEquals(List.of("java-17-openjdk-amd64", "jdk-26", "temurin-25-jdk-amd64"),
                ServiceJdk.installed(jvmDir).map(j -> j.java().getParent().getParent().getFileName().toString())
                        .toList());
        ServiceJdk chosen = ServiceJdk.detect(null, jvmDir, LAUNCHER);
        assertEquals(jvmDir.resolve("jdk-26/bin/java"), chosen.java());
        assertEquals("26-ea", chosen.version());
        assertEquals(ServiceJdk.Origin.INSTALLED, chosen.origin());
    }

    @Test
    void withoutAJdk25TheLaunchersOwnJavaRunsTheServices() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15");
        assertSame(LAUNCHER, ServiceJdk.detect(null, jvmDir, LAUNCHER));
        assertSame(LAUNCHER, ServiceJdk.detect(" ", jvmDir.resolve("missing"), LAUNCHER));
    }

    @Test
    void mezasuServiceJavaWinsEvenWhenOlder() throws Exception {
        jdk("temurin-25-jdk-amd64", "25.0.3");
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15").resolve("bin/java");

        ServiceJdk chosen = ServiceJdk.detect(java17.toString(), jvmDir, LAUNCHER);
        assertEquals(new ServiceJdk(java17, "17.0.15", ServiceJdk.Origin.ENVIRONMENT), chosen);
        assertFalse(chosen.supportsAot());
        assertThrows(IllegalArgumentException.class,
                () -> ServiceJdk.detect(jvmDir.resolve("nope/bin/java").toString(), jvmDir, LAUNCHER));
    }

    @Test
    void mezasuServiceJavaThroughASymlinkFindsItsReleaseFile() throws Exception {
        Path java = jdk("temurin-25-jdk-amd64", "25.0.3").resolve("bin/java");
        Path link = Files.createSymbolicLink(jvmDir.resolve("java"), java);

        ServiceJdk chosen = ServiceJdk.detect(link.toString(), jvmDir, LAUNCHER);
        assertEquals(link, chosen.java());
        assertEquals("25.0.3", chosen.version());
        assertTrue(chosen.supportsAot());
    }

    /** A fake JDK home under {@link #jvmDir}; returns it. */
    private Path jdk(String name, String version) throws Exception {
        Path home = Files.createDirectories(jvmDir.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Files.createFile(home.resolve("bin/java"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        return home;
    }

    private static int feature(String version) {
        return new ServiceJdk(Path.of("java"), version, ServiceJdk.Origin.INSTALLED).feature();
    }
}
