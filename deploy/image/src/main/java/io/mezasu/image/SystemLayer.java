package io.mezasu.image;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What a scratch image needs beside the JRE: the shared libraries the JRE loads, the service user (185, as the
 * Kubernetes and compose files run it) in /etc/passwd and /etc/group, name lookup order, and /tmp.
 */
final class SystemLayer {

    static final String USER = "185";

    private static final String PASSWD = """
            root:x:0:0:root:/root:/sbin/nologin
            mezasu:x:185:185:Mezasu service:/deployments:/sbin/nologin
            """;
    private static final String GROUP = """
            root:x:0:
            mezasu:x:185:
            """;
    // Without this file glibc asks DNS before /etc/hosts, so "localhost" would leave the pod.
    private static final String NSSWITCH = """
            passwd: files
            group: files
            hosts: files dns
            """;
    // Owned by the service user and writable by group 0 too, for platforms that run images under an arbitrary UID
    // in group root. (jib cannot set the sticky bit; one user writes here.)
    private static final FilePermissions TMP = FilePermissions.fromOctalString("775");

    private SystemLayer() {
    }

    static FileEntriesLayer build(Path staging, Collection<String> libraries) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("system");
        for (String library : libraries) {
            // Copied as a file at the path the loader asks for, whatever links lead to it on this machine.
            layer.addEntry(Path.of(library).toRealPath(), AbsoluteUnixPath.get(library), Layers.EXECUTABLE);
        }
        layer.addEntry(write(staging, "etc/passwd", PASSWD), AbsoluteUnixPath.get("/etc/passwd"), Layers.READABLE);
        layer.addEntry(write(staging, "etc/group", GROUP), AbsoluteUnixPath.get("/etc/group"), Layers.READABLE);
        layer.addEntry(write(staging, "etc/nsswitch.conf", NSSWITCH), AbsoluteUnixPath.get("/etc/nsswitch.conf"),
                Layers.READABLE);
        layer.addEntry(new FileEntry(Files.createDirectories(staging.resolve("tmp")), AbsoluteUnixPath.get("/tmp"),
                TMP, FileEntriesLayer.DEFAULT_MODIFICATION_TIME, USER + ":0"));
        return layer.build();
    }

    private static Path write(Path staging, String relative, String content) throws IOException {
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
