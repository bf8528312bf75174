package io.mezasu.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's JDK AOT cache, next to its fast-jar in {@code target/quarkus-app} (so a clean build drops it), with a
 * stamp of what it was trained on. A cache fits only the JDK that wrote it and the jars it saw: the JVM would merely
 * warn and start slowly with a stale one, so the stamp tells us to retrain instead.
 */
final class AotCache {

    private static final List<String> APP_DIRS = List.of("lib", "app", "quarkus");

    private final Path appDir;

    /** @param jar the service's {@code quarkus-app/quarkus-run.jar} */
    AotCache(Path jar) {
        this.appDir = jar.getParent();
    }

    Path file() {
        return appDir.resolve("app.aot");
    }

    Path stampFile() {
        return appDir.resolve("app.aot.stamp");
    }

    /** Where the training run's service log is kept, for when the cache is not what one expects. */
    Path trainingLog() {
        return appDir.resolve("app.aot.log");
    }

    /**
     * What a cache trained now would be trained on: the JDK (path and version), the JVM options, and size and
     * modification time of quarkus-run.jar and of every file under lib/, app/ and quarkus/. Line per item, sorted.
     */
    String stamp(ServiceJdk jdk, List<String> jvmOptions) throws IOException {
        StringBuilder stamp = new StringBuilder()
                .append("jdk ").append(jdk.java()).append(' ').append(jdk.version()).append('\n')
                .append("options ").append(String.join(" ", jvmOptions)).append('\n');
        appendFile(stamp, appDir.resolve("quarkus-run.jar"));
        for (String dir : APP_DIRS) {
            if (Files.isDirectory(appDir.resolve(dir))) {
                try (Stream<Path> files = Files.walk(appDir.resolve(dir))) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        appendFile(stamp, file);
                    }
                }
            }
        }
        return stamp.toString();
    }

    private void appendFile(StringBuilder stamp, Path file) throws IOException {
        stamp.append(appDir.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
    }

    /** True when the cache exists and was trained on exactly {@code stamp}; missing or different means stale. */
    boolean isFresh(String stamp) throws IOException {
        return Files.isRegularFile(file()) && Files.isRegularFile(stampFile())
                && Files.readString(stampFile()).equals(stamp);
    }

    /** Before training: a failed training must not leave a cache that looks fresh. */
    void discard() throws IOException {
        Files.deleteIfExists(stampFile());
        Files.deleteIfExists(file());
    }

    /** After training: records {@code stamp} if the JVM did write the cache, and says whether it did. */
    boolean commit(String stamp) throws IOException {
        if (!Files.isRegularFile(file()) || Files.size(file()) == 0) {
            return false;
        }
        Files.writeString(stampFile(), stamp);
        return true;
    }
}
