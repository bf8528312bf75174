package io.mezasu.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Links the smallest JRE the services run on, once, and reuses it while the JDK and the module list stay the same. */
final class JreLinker {

    /**
     * What the services' jars refer to ({@code jdeps} over quarkus-app, jdk.compiler left out: only vert.x's
     * annotation processor uses it), plus what they load as services, which jdeps cannot see: EC keys (TLS, ES256
     * tokens), the zip file system, DNS for JNDI, and the non-Unicode charsets (Shift_JIS, EUC-JP) a Japanese client
     * may name. java.desktop is there for java.beans (Jakarta EL in validation messages, pgjdbc, SnakeYAML, JAXB).
     * java.net.http is the webhook sender's client. ImageRunsIT boots both services in the image to check the list.
     */
    static final List<String> MODULES = List.of(
            "java.base",
            "java.compiler",
            "java.desktop",
            "java.instrument",
            "java.logging",
            "java.management",
            "java.naming",
            "java.net.http",
            "java.rmi",
            "java.scripting",
            "java.security.jgss",
            "java.security.sasl",
            "java.sql",
            "java.transaction.xa",
            "java.xml",
            "jdk.charsets",
            "jdk.crypto.ec",
            "jdk.management",
            "jdk.naming.dns",
            "jdk.unsupported",
            "jdk.zipfs");

    /**
     * java.desktop's native libraries for X11, sound, splash screens, font rendering, JPEG and colour management: a
     * headless service never loads them, and they would pull X11, ALSA, FreeType and HarfBuzz into the image.
     * java.beans and headless AWT need none of them.
     */
    static final List<String> UNUSED_NATIVE_LIBRARIES = List.of(
            "libawt_xawt.so", "libjawt.so", "libsplashscreen.so", "libjsound.so",
            "libfontmanager.so", "libjavajpeg.so", "liblcms.so");

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
        for (String library : UNUSED_NATIVE_LIBRARIES) {
            Files.deleteIfExists(output.resolve("lib").resolve(library));
        }
        Files.writeString(stamp, inputs);
        return output;
    }

    private List<String> command(Path output) {
        Path jmods = jdk.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException(jmods + " is missing: jlink needs the JDK's jmods (Debian 12: "
                    + "openjdk-17-jdk-headless; later: openjdk-17-jmods), point -Dmezasu.image.jdk at a JDK that has "
                    + "them, or skip the images with -Dmezasu.image.skip=true");
        }
        return List.of(jdk.resolve("bin/jlink").toString(),
                "--module-path", jmods.toString(),
                "--add-modules", String.join(",", MODULES),
                // Debug symbols, man pages and C headers are of no use in a service image.
                "--strip-debug", "--no-man-pages", "--no-header-files",
                "--compress=2",
                "--output", output.toString());
    }

    /** What decides the JRE's content: the JDK (its release file names its exact build) and the modules. */
    private String inputs() throws IOException {
        return jdk + "\n" + Files.readString(jdk.resolve("release")) + "\n" + MODULES + UNUSED_NATIVE_LIBRARIES;
    }
}
