import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts one packaged row of the harness and times it, as bench scenario 6 times the services: from just before
 * the process starts to the first {@code /q/health/ready} that answers 200 (polled every 10 ms), then VmRSS 10 s
 * after ready. Run by run.sh as a single-file program ({@code java Probe.java ...}), on the launcher's JDK, so the
 * poller is a JVM that is already warm instead of a curl forked every 10 ms onto the same two cores.
 * <pre>
 * java Probe.java measure APP_DIR JAVA RUNS LABEL [JVM_OPTION...]   one line per run, then "summary ..." on stdout
 * java Probe.java train   APP_DIR JAVA SCHEMA [JVM_OPTION...]       start, exercise, SIGTERM: the JVM writes its AOT cache
 * </pre>
 * Each start gets a fresh database schema (Flyway's and Hibernate's, named after the run), so Flyway migrates every time,
 * as on bench #6's fresh database.
 */
public class Probe {

    /** run.sh picks a free port and passes it to the app, and to us, as QUARKUS_HTTP_PORT. */
    private static final String BASE = "http://127.0.0.1:" + System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "18090");
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Writing an AOT cache at exit takes seconds on two cores; SIGKILL would lose it. */
    private static final Duration STOP_GRACE = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    record Run(long readyMs, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[1]).toAbsolutePath();
        String java = args[2];
        if (args[0].equals("train")) {
            train(app, java, args[3], List.of(args).subList(4, args.length));
            return;
        }
        int runs = Integer.parseInt(args[3]);
        String label = args[4];
        List<String> options = List.of(args).subList(5, args.length);
        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run run = measure(app, java, options, label + "_" + i);
            System.err.printf("%s run %d: ready %d ms, RSS %d MB%n", label, i, run.readyMs(), run.rssKb() / 1024);
            results.add(run);
        }
        List<Long> ready = results.stream().map(Run::readyMs).sorted().toList();
        List<Long> rss = results.stream().map(Run::rssKb).sorted().toList();
        System.out.printf("summary %d %d %d %d%n", ready.get(0), median(ready), median(rss) / 1024, runs);
    }

    private static Run measure(Path app, String java, List<String> options, String schema) throws Exception {
        long started = System.nanoTime();
        Process process = start(app, java, options, schema);
        try {
            long readyMs = awaitReady(process, started);
            Thread.sleep(IDLE.toMillis()); // the idle point is a fixed time after ready, not a condition
            return new Run(readyMs, rssKb(process.pid()));
        } finally {
            stop(process, Duration.ofSeconds(30));
        }
    }

    private static void train(Path app, String java, String schema, List<String> options) throws Exception {
        List<String> all = new ArrayList<>(options);
        all.add("-XX:AOTCacheOutput=app.aot");
        Process process = start(app, java, all, schema);
        try {
            awaitReady(process, System.nanoTime());
            // What a first reader asks: each row answers the paths its extensions have; the others give 404.
            send(HttpRequest.newBuilder(URI.create(BASE + "/ping")).GET());
            send(HttpRequest.newBuilder(URI.create(BASE + "/notes/count")).GET());
            send(HttpRequest.newBuilder(URI.create(BASE + "/events")).POST(HttpRequest.BodyPublishers.ofString("x")));
            send(HttpRequest.newBuilder(URI.create(BASE + "/q/health")).GET());
        } finally {
            stop(process, STOP_GRACE);
        }
        if (!Files.isRegularFile(app.resolve("app.aot"))) {
            throw new IllegalStateException("no AOT cache written; see " + app.resolve("training.log"));
        }
    }

    private static Process start(Path app, String java, List<String> options, String schema) throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(app.resolve(logName(schema)).toFile()));
        builder.environment().put("QUARKUS_FLYWAY_SCHEMAS", schema);
        builder.environment().put("QUARKUS_HIBERNATE_ORM_DATABASE_DEFAULT_SCHEMA", schema);
        return builder.start();
    }

    /** One log per kind of start: {@code kafka_aot_3} goes to {@code aot.log}, {@code kafka_training} to training.log. */
    private static String logName(String schema) {
        return schema.substring(schema.indexOf('_') + 1).replaceAll("_\\d+$", "") + ".log";
    }

    private static long awaitReady(Process process, long started) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see its log");
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("not ready within " + READY_TIMEOUT);
    }

    private static void send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("training: " + response.request().method() + " " + response.uri().getPath() + " -> "
                + response.statusCode());
    }

    private static long rssKb(long pid) throws IOException {
        Matcher m = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid
                + "/status")));
        if (!m.find()) {
            throw new IllegalStateException("no VmRSS for pid " + pid);
        }
        return Long.parseLong(m.group(1));
    }

    private static void stop(Process process, Duration grace) throws InterruptedException {
        process.destroy(); // SIGTERM: Quarkus shuts down cleanly (and an AOT training run writes its cache)
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
