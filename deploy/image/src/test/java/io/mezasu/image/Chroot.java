package io.mezasu.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command inside an unpacked image the way a container runtime would, without one: in new mount and PID
 * namespaces (so the /proc and /dev mounts vanish with the process), chrooted into the image's file system, as the
 * image's user, with only the image's environment and what the test adds. Needs root.
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

    static Result run(Path root, String user, Map<String, String> env, List<String> command, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        List<String> line = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork",
                "sh", "-c", MOUNT_AND_ENTER,
                root.toString(), user + ":" + user));
        line.addAll(command);
        return start(line, env, timeoutSeconds);
    }

    private static Result start(List<String> line, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        // Read on another thread: a full pipe would otherwise stall the JVM inside.
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> output.append(read(process)));
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        return new Result(process.exitValue(), output.toString());
    }

    private static String read(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output lost: " + e + ")";
        }
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
