package io.mezasu.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command inside an unpacked image the way a container runtime would, without one: in new mount and PID
 * namespaces (so the /proc and /dev mounts vanish with the process, and stopping it stops all it started), chrooted
 * into the image's file system, as the image's user, with only the environment given. Needs root. The network is
 * the host's.
 */
final class Chroot {

    record Result(int exitCode, String output) {
    }

    // sh -c SCRIPT ROOT USER COMMAND...: $0 is the root, $1 the user, the rest the command.
    private static final String MOUNT_AND_ENTER = "root=$0 user=$1; shift;"
            + " mount -t proc proc \"$root/proc\" && mount --rbind /dev \"$root/dev\""
            + " && exec chroot --userspec=\"$user\" \"$root\" \"$@\"";

    private Chroot() {
    }

    static boolean available() {
        return "root".equals(System.getProperty("user.name")) && onPath("unshare") && onPath("chroot");
    }

    /** Starts {@code command}; its output goes to {@code log}. Destroying the process ends everything inside. */
    static Process start(Path root, String user, Map<String, String> env, List<String> command, Path log)
            throws IOException {
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        List<String> line = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child",
                "sh", "-c", MOUNT_AND_ENTER, root.toString(), user + ":" + user));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
        builder.environment().putAll(env);
        return builder.start();
    }

    static Result run(Path root, String user, Map<String, String> env, List<String> command, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(root.getParent(), "chroot", ".log");
        Process process = start(root, user, env, command, log);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
