package io.mezasu.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A service's packaged Quarkus app ({@code quarkus-run.jar}) running as a child process: of the launcher, or of
 * the bench, which times its start.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(15);

    /**
     * The java binary a service runs on, its JVM options, and how long it may take to stop after SIGTERM before
     * SIGKILL (longer for a JVM that writes an AOT cache at exit).
     */
    public record Jvm(Path java, List<String> options, Duration stopGrace) {

        public Jvm(Path java, List<String> options) {
            this(java, options, GRACE);
        }

        public Jvm plus(String option) {
            List<String> all = new java.util.ArrayList<>(options);
            all.add(option);
            return new Jvm(java, List.copyOf(all), stopGrace);
        }

        public Jvm withStopGrace(Duration grace) {
            return new Jvm(java, options, grace);
        }
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final long logStart;
    private final long startedNanos;
    private final Duration stopGrace;

    private ServiceProcess(String name, Process process, Path log, long logStart, long startedNanos,
            Duration stopGrace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
        this.startedNanos = startedNanos;
        this.stopGrace = stopGrace;
    }

    /** Starts {@code java <options> -jar jar} with {@code env} added; stdout and stderr are appended to {@code log}. */
    public static ServiceProcess start(String name, Path jar, Map<String, String> env, Jvm jvm, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Files.writeString(log, "\n===== " + name + " started by the Mezasu launcher at " + Instant.now() + " =====\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> command = new java.util.ArrayList<>(List.of(jvm.java().toString()));
        command.addAll(jvm.options());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        long startedNanos = System.nanoTime();
        return new ServiceProcess(name, builder.start(), log, logStart, startedNanos, jvm.stopGrace());
    }

    /** The java running this launcher: the services' JDK when there is no better one (see {@link ServiceJdk}). */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Polls {@code url} until it answers 200. False on timeout, when the process exits, or when {@code cancelled}
     * turns true (the launcher is being stopped).
     */
    boolean awaitReady(URI url, Duration timeout, BooleanSupplier cancelled) throws InterruptedException {
        return awaitReady(url, timeout, Duration.ofMillis(500), cancelled);
    }

    /** As above, polling every {@code poll}: the bench polls finely to time the start. */
    public boolean awaitReady(URI url, Duration timeout, Duration poll, BooleanSupplier cancelled)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !cancelled.getAsBoolean()) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(poll.toMillis());
        }
        return false;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** {@link System#nanoTime()} just before the process was started. */
    public long startedNanos() {
        return startedNanos;
    }

    /** The last {@code lines} lines this run wrote (the log is appended to across runs). */
    String logTail(int lines) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(logStart, file.length()));
            byte[] bytes = new byte[(int) Math.min(file.length() - file.getFilePointer(), 1 << 20)];
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM (Quarkus shuts down gracefully), then SIGKILL after the {@link Jvm#stopGrace()}. */
    @Override
    public void close() throws InterruptedException {
        stop(process.toHandle(), stopGrace);
    }

    static void stop(ProcessHandle handle) throws InterruptedException {
        stop(handle, GRACE);
    }

    private static void stop(ProcessHandle handle, Duration grace) throws InterruptedException {
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().join();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
