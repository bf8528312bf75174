package io.mezasu.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service's AOT cache is fresh, on a fake fast-jar layout; modification times are set, never waited for. */
class AotCacheTest {

    private static final ServiceJdk JDK = new ServiceJdk(Path.of("/usr/lib/jvm/temurin-25/bin/java"), "25.0.3",
            ServiceJdk.Origin.INSTALLED);
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx1g");
    private static final FileTime BUILT = FileTime.fromMillis(1_750_000_000_000L);

    @TempDir
    Path app;

    private AotCache cache;

    @BeforeEach
    void fastJar() throws Exception {
        for (String file : List.of("quarkus-run.jar", "lib/boot/runner.jar", "lib/main/kafka-clients.jar",
                "app/measurement-service.jar", "quarkus/generated-bytecode.jar", "quarkus/quarkus-application.dat")) {
            write(file, "content of " + file);
        }
        cache = new AotCache(app.resolve("quarkus-run.jar"));
    }

    @Test
    void aMissingCacheIsStale() throws Exception {
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)));
        assertFalse(cache.commit(cache.stamp(JDK, OPTIONS)), "no cache written, nothing to commit");
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)));
    }

    @Test
    void aCommittedCacheIsFreshForTheSameJdkOptionsAndFiles() throws Exception {
        train();
        assertTrue(cache.isFresh(cache.stamp(JDK, OPTIONS)));
        write("quarkus-app-dependencies.txt", "not part of what runs");
        write("app.aot.log", "the training log");
        assertTrue(cache.isFresh(cache.stamp(JDK, OPTIONS)));
    }

    @Test
    void aRebuiltJarOrChangedLibraryMakesItStale() throws Exception {
        train();
        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.fromMillis(BUILT.toMillis() + 1000));
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)), "quarkus-run.jar rebuilt");

        train();
        write("lib/main/kafka-clients.jar", "another version, same mtime");
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)), "a library of another size");

        train();
        write("app/extra.jar", "new");
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)), "a file added under app/");

        train();
        Files.delete(app.resolve("quarkus/quarkus-application.dat"));
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)), "a file gone from quarkus/");
    }

    @Test
    void anotherJdkOrOtherOptionsMakeItStale() throws Exception {
        train();
        assertFalse(cache.isFresh(cache.stamp(new ServiceJdk(JDK.java(), "25.0.4", JDK.origin()), OPTIONS)));
        assertFalse(cache.isFresh(cache.stamp(new ServiceJdk(Path.of("/opt/jdk-25/bin/java"), JDK.version(),
                ServiceJdk.Origin.ENVIRONMENT), OPTIONS)));
        assertFalse(cache.isFresh(cache.stamp(JDK, List.of("-XX:+UseG1GC"))), "MEZASU_SERVICE_JAVA_OPTS changed");
        assertTrue(cache.isFresh(cache.stamp(JDK, OPTIONS)));
    }

    @Test
    void aCacheOrStampDeletedOrDiscardedIsStale() throws Exception {
        train();
        Files.delete(cache.file());
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)));

        train();
        Files.delete(cache.stampFile());
        assertFalse(cache.isFresh(cache.stamp(JDK, OPTIONS)));

        train();
        cache.discard();
        assertFalse(Files.exists(cache.file()) || Files.exists(cache.stampFile()));
    }

    /** What a successful training leaves: the cache the JVM wrote, then the stamp. */
    private void train() throws Exception {
        Files.write(cache.file(), new byte[] {1, 2, 3});
        assertTrue(cache.commit(cache.stamp(JDK, OPTIONS)));
    }

    private void write(String file, String content) throws Exception {
        Path path = app.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        Files.setLastModifiedTime(path, BUILT);
    }
}
