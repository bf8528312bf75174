package io.mezasu.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The host's shared libraries a JRE's binaries load (glibc, libz, libstdc++, the loader...), found with {@code ldd}.
 * A scratch image has none, so the image carries these, at the paths the loader looks for them.
 */
final class SharedLibraries {

    private SharedLibraries() {
    }

    /** Absolute paths, as the loader names them, of every library outside the JRE that its binaries need. */
    static SortedSet<String> neededBy(Path jre) throws IOException {
        SortedSet<String> libraries = new TreeSet<>();
        for (Path binary : binaries(jre)) {
            Commands.Result ldd = Commands.run(List.of("ldd", binary.toString()));
            // ldd exits non-zero on a file that is not dynamically linked: nothing to add then.
            if (ldd.exitCode() == 0) {
                libraries.addAll(parse(ldd.output(), jre));
            }
        }
        return libraries;
    }

    /**
     * Lines are "name => /path (0x…)", "/lib64/ld-linux-x86-64.so.2 (0x…)" (the loader), "linux-vdso.so.1 (0x…)"
     * (in the kernel) or "libjvm.so => not found" (in the JRE, found at run time through libjli).
     */
    static List<String> parse(String lddOutput, Path jre) throws IOException {
        List<String> libraries = new ArrayList<>();
        for (String line : lddOutput.strip().split("\n")) {
            String entry = line.strip();
            if (entry.endsWith("not found")) {
                requireInJre(entry.substring(0, entry.indexOf(' ')), jre);
                continue;
            }
            String path = entry.contains("=> ") ? entry.substring(entry.indexOf("=> ") + 3) : entry;
            path = path.replaceFirst(" \\(0x[0-9a-f]+\\)$", "");
            if (path.startsWith("/") && !Path.of(path).normalize().startsWith(jre)) {
                libraries.add(path);
            }
        }
        return libraries;
    }

    private static List<Path> binaries(Path jre) throws IOException {
        List<Path> binaries = new ArrayList<>(List.of(jre.resolve("bin/java")));
        Tree.files(jre.resolve("lib")).stream().filter(f -> f.getFileName().toString().endsWith(".so"))
                .forEach(binaries::add);
        return binaries;
    }

    private static void requireInJre(String library, Path jre) throws IOException {
        boolean inJre = Tree.files(jre.resolve("lib")).stream()
                .anyMatch(f -> f.getFileName().toString().equals(library));
        if (!inJre) {
            throw new IllegalStateException(library + " is needed by the JRE but is not on this machine");
        }
    }
}
