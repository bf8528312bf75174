package io.mezasu.bench;

import io.mezasu.stack.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A service started by the bench itself (not by LocalStack) so that the time to ready is measured finely: from
 * process start until {@code /q/health/ready} answers 200, polled every 5 ms. The process is local-stack's.
 */
final class ServiceRunner implements AutoCloseable {

    private final ServiceProcess process;

    private ServiceRunner(ServiceProcess process) {
        this.process = process;
    }

    static ServiceRunner start(String name, Path jar, Map<String, String> env, ServiceProcess.Jvm jvm, Path log)
            throws IOException {
        return new ServiceRunner(ServiceProcess.start(name, jar, env, jvm, log));
    }

    /** Milliseconds from process start until ready answered 200. */
    double awaitReady(URI ready, Duration timeout) throws InterruptedException {
        if (!process.awaitReady(ready, timeout, Duration.ofMillis(5), () -> false)) {
            throw new IllegalStateException(process.name() + " not ready within " + timeout.toSeconds()
                    + " s (or exited); see " + process.log());
        }
        return (System.nanoTime() - process.startedNanos()) / 1e6;
    }

    /** Resident set size in MB, from /proc/&lt;pid&gt;/status VmRSS. */
    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for pid " + process.pid());
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return process.name();
    }

    Path log() {
        return process.log();
    }

    /** SIGTERM (Quarkus stops gracefully and a JFR recording is dumped), then SIGKILL after a grace period. */
    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
