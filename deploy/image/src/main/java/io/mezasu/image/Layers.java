package io.mezasu.image;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Image layers from directories on disk. Every file is root's and read-only to the service user; executables keep
 * their execute bit (jib's default would drop it). Times are jib's fixed one, so that a layer's digest depends on
 * content alone.
 */
final class Layers {

    static final FilePermissions EXECUTABLE = FilePermissions.fromOctalString("755");
    static final FilePermissions READABLE = FilePermissions.fromOctalString("644");

    private Layers() {
    }

    static FileEntriesLayer directory(String name, Path source, String pathInImage) throws IOException {
        return FileEntriesLayer.builder()
                .setName(name)
                .addEntryRecursive(source, AbsoluteUnixPath.get(pathInImage), Layers::permissions)
                .build();
    }

    static FileEntriesLayer file(String name, Path source, String pathInImage) {
        return FileEntriesLayer.builder()
                .setName(name)
                .addEntry(source, AbsoluteUnixPath.get(pathInImage), READABLE)
                .build();
    }

    private static FilePermissions permissions(Path source, AbsoluteUnixPath ignored) {
        return Files.isDirectory(source) || Files.isExecutable(source) ? EXECUTABLE : READABLE;
    }
}
