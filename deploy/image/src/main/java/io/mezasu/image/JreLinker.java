package io.mezasu.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Links the smallest JRE the services run on, once, and reuses it while the JDK and the module list stay the same. */
final class JreLinker {

    /**
     * What the services' jars use, from {@code jdeps} over both quarkus-app directories, checked by booting each
     * service in its image (ImageRunsIT). java.desktop stays out: nothing the services load needs java.beans or AWT,
     * and its native libraries would pull X11 and font libraries into the image.
     */
    static final List<String> MODULES = List.of(
            "java.base",
            "java.compiler",
            "java.instrument",
            "java.logging",
            "java.management",
            "java.naming",
            "java.net.http",
            "java.security.jgss",
            "java.security.sasl",
            "java.sql",
            "java.transaction.xa",
            "java.xml",
            "jdk.crypto.ec",
            "jdk.management",
            "jdk.naming.dns",
            "jdk.unsupported",
            "jdk.zipfs");

    private final Path jdk;

    JreLinker(Path jdk) {
        this.jdk = jdk;
    }

    /** The JRE in {@code output}, linked now or kept from an earlier build with the same inputs. */
    Path link(Path output) throws IOException {
        Path stamp = output.resolveSibling(output.getFileName() + ".stamp");
        String inputs = inputs();
        if (Files.isExecutable(output.resolve("bin/java")) && Files.exists(stamp)
                && Files.readString(stamp).equals(inputs)) {
            return output;
        }
        Tree.delete(output);
        Files.createDirectories(output.getParent());
        Commands.check(command(output));
        Files.writeString(stamp, inputs);
        return output;
    }

    private List<String> command(Path output) {
        Path jmods = jdk.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException(jmods + " is missing: jlink needs the JDK's jmods "
                    + "(Debian: apt-get install openjdk-17-jmods), or point -Dmezasu.image.jdk at a JDK that has them");
        }
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/jlink").toString(),
                "--module-path", jmods.toString(),
                "--add-modules", String.join(",", MODULES),
                // Debug symbols, man pages and C headers are of no use in a service image.
                "--strip-debug", "--no-man-pages", "--no-header-files",
                "--compress=2",
                "--output", output.toString()));
        return command;
    }

    /** What decides the JRE's content: the JDK (its release file names its exact build) and the modules. */
    private String inputs() throws IOException {
        return jdk + "\n" + Files.readString(jdk.resolve("release")) + "\n" + MODULES;
    }
}
