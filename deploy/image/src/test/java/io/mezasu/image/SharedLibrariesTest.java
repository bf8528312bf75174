package io.mezasu.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ldd: what goes into the system layer, what is left to the kernel or the JRE, what cannot be had. */
class SharedLibrariesTest {

    @TempDir
    Path jre;

    @Test
    void keepsHostLibrariesAndTheLoaderOnly() throws IOException {
        Files.createDirectories(jre.resolve("lib/server"));
        Files.createFile(jre.resolve("lib/server/libjvm.so"));
        String ldd = """
                \tlinux-vdso.so.1 (0x00007ffd1b5f1000)
                \tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f2a3c8e1000)
                \tlibjli.so => %s/bin/../lib/libjli.so (0x00007f2a3c8d1000)
                \tlibjvm.so => not found
                \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2a3c6f0000)
                \t/lib64/ld-linux-x86-64.so.2 (0x00007f2a3c919000)
                """.formatted(jre);

        assertEquals(List.of("/lib/x86_64-linux-gnu/libz.so.1", "/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/ld-linux-x86-64.so.2"), SharedLibraries.parse(ldd, jre));
    }

    @Test
    void refusesALibraryNeitherTheHostNorTheJreHas() throws IOException {
        Files.createDirectories(jre.resolve("lib"));

        assertThrows(IllegalStateException.class,
                () -> SharedLibraries.parse("\tlibasound.so.2 => not found\n", jre));
    }
}
