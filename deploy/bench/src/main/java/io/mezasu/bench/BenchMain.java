package io.mezasu.bench;

import io.mezasu.stack.LocalStack;
import io.mezasu.stack.Ports;
import io.mezasu.stack.PublishFixturePlan;
import io.mezasu.stack.ServiceProcess;
import io.mezasu.stack.ServiceRuntime;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./mezasu bench [--smoke] [--jfr] [--out FILE]}: starts the local stack from the packaged jars in a fresh data
 * directory of its own, runs issue #7's scenarios, prints the table and (full run) rewrites docs/benchmarks.md.
 * <pre>
 * BenchMain [--smoke] [--jfr] [--root DIR] [--data-dir DIR] [--out FILE]
 * </pre>
 * Ports: MEZASU_KAFKA_PORT, MEZASU_PG_PORT, MEZASU_PLAN_PORT, MEZASU_MEASUREMENT_PORT when set, otherwise free ones,
 * so a bench never collides with a running {@code ./mezasu run}. The data directory is wiped first (only one the
 * bench created, recognised by its marker file). Exit status 1 when a scenario could not run at all.
 */
public final class BenchMain {

    private static final String MARKER = ".mezasu-bench";

    /** Parsed command line. */
    public record Options(boolean smoke, boolean jfr, Path root, Path dataDir, Path out, Integer replayEvents) {
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        Path out = null;
        boolean smoke = false;
        boolean jfr = false;
        Integer replayEvents = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--jfr" -> jfr = true;
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--replay-events" -> replayEvents = Integer.parseInt(args[++i].replace("_", ""));
                default -> {
                    System.err.println("unknown option " + args[i]
                            + "\nusage: BenchMain [--smoke] [--jfr] [--replay-events N] [--root DIR] [--data-dir DIR] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        if (dataDir == null) {
            dataDir = root.resolve(".mezasu/bench");
        }
        Report report = run(new Options(smoke, jfr, root, dataDir, out, replayEvents));
        System.exit(report.rows().stream().anyMatch(r -> r.verdict() == Row.Verdict.FAILED) ? 1 : 0);
    }

    public static Report run(Options options) throws Exception {
        long t0 = System.nanoTime();
        Scale scale = options.smoke() ? Scale.SMOKE : Scale.FULL;
        if (options.replayEvents() != null) {
            scale = scale.withReplayEvents(options.replayEvents());
        }
        LocalStack.Settings settings = settings(options.root(), options.dataDir());
        for (LocalStack.Service service : settings.services()) {
            if (!Files.isRegularFile(service.jar(settings.root()))) {
                throw new IllegalStateException(service.jar(settings.root()) + " is missing: build first");
            }
        }
        // Trains before the bench's own stack starts; the smoke (./mvnw verify) only uses a cache already fresh.
        ServiceRuntime runtime = ServiceRuntime.prepare(settings.root(), settings.services(),
                options.smoke() ? ServiceRuntime.Training.NEVER : ServiceRuntime.Training.IF_STALE);
        prepare(settings);
        Map<String, String> machine = Machine.describe();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ServiceRunner> runners = new ArrayList<>();
        LocalStack stack = new LocalStack(settings);
        Thread hook = new Thread(() -> stop(runners, stack), "bench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            System.out.println("Bench (" + scale.name() + "): starting PostgreSQL and Kafka in " + settings.dataDir());
            stack.startInfrastructure();
            Map<String, Double> readyMs = new LinkedHashMap<>();
            for (LocalStack.Service service : settings.services()) {
                ServiceProcess.Jvm jvm = runtime.jvm(service); // as ./mezasu run starts them
                if (options.jfr()) {
                    Files.createDirectories(settings.dataDir().resolve("jfr"));
                    jvm = jvm.plus("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                            + settings.dataDir().resolve("jfr").resolve(service.name() + ".jfr"));
                }
                ServiceRunner runner = ServiceRunner.start(service.name(), service.jar(settings.root()),
                        stack.serviceEnvironment(service), jvm, settings.dataDir().resolve("logs/" + service.name() + ".log"));
                runners.add(runner);
                Files.writeString(settings.dataDir().resolve("bench.pids"),
                        String.join("\n", runners.stream().map(r -> Long.toString(r.pid())).toList()) + "\n");
                readyMs.put(service.name(), runner.awaitReady(URI.create(service.baseUrl() + "/q/health/ready"),
                        LocalStack.READY_TIMEOUT));
                Bench.log("%s ready in %.0f ms", service.name(), readyMs.get(service.name()));
            }
            PublishFixturePlan fixture = new PublishFixturePlan();
            fixture.run(stack);
            fixture.awaitCatalog(stack, Duration.ofSeconds(60));
            Bench bench = new Bench(scale, stack);
            bench.measurementPid = runners.stream().filter(r -> r.name().equals("measurement-service"))
                    .findFirst().orElseThrow().pid();
            Thread.sleep(scale.idleBeforeRss().toMillis());
            Map<String, Double> idleRss = new LinkedHashMap<>();
            for (ServiceRunner runner : runners) {
                idleRss.put(runner.name(), runner.rssMb());
            }

            // Each scenario starts on a projection with no backlog, so it measures itself and not the one before.
            // Replay last: its million synthetic measurements would otherwise sit in the plan that #1 and #2 write
            // to (a cumulative count target would hold half a million increments, where a ward's has thousands).
            rows.add(scenario(bench, "3", "Freshness", "p99 ≤ 100 ms", notes, () -> Freshness.run(bench)));
            rows.add(scenario(bench, "4", "Evaluation reads", "p99 ≤ 10 ms", notes, () -> EvaluationReads.run(bench)));
            rows.add(scenario(bench, "7", "Pages", "dashboard p99 ≤ 50 ms; PDF ≤ 2 s", notes, () -> Pages.run(bench)));
            rows.add(scenario(bench, "1", "Batch ingest", "ratio ≥ 0.5", notes, () -> BatchIngest.run(bench)));
            rows.add(scenario(bench, "2", "Single POST", "p99 ≤ 20 ms, 0 errors", notes, () -> SinglePost.run(bench)));
            rows.add(scenario(bench, "8", "Two replicas", "freshness p99 ≤ 100 ms", notes,
                    () -> TwoReplicas.run(bench, () -> secondReplica(settings, stack, runtime, runners))));
            rows.add(scenario(bench, "5", "Replay", "≥ 50k events/s", notes, () -> Replay.run(bench)));
            notes.add(Projection.awaitCaughtUp(bench, "after the replay"));
            for (ServiceRunner runner : runners) {
                double ready = readyMs.get(runner.name());
                double rss = idleRss.get(runner.name());
                rows.add(new Row("6", "Start-up and idle memory: " + runner.name(),
                        Row.figures("ready_ms", ready, "idle_rss_mb", rss, "rss_after_load_mb", runner.rssMb()),
                        String.format("ready in %.0f ms; idle RSS %.0f MB", ready, rss), "≤ 1.5 s, ≤ 200 MB",
                        ready <= 1500 && rss <= 200 ? Row.Verdict.MET : Row.Verdict.MISSED,
                        String.format("process start to /q/health/ready UP (started one after the other, fresh "
                                + "database); VmRSS %.0f s after ready; %.0f MB after the load; on %s",
                                scale.idleBeforeRss().toSeconds() * 1.0, runner.rssMb(),
                                runtime.describe(stack.service(runner.name())))));
            }
            rows.sort(java.util.Comparator.comparing(Row::number)); // stable: the two rows of #6 keep their order
            if (options.jfr()) {
                notes.add("JFR recordings (settings=profile) in " + settings.dataDir().resolve("jfr"));
            }
        } finally {
            stop(runners, stack);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        notes.add("Kafka runs inside the bench JVM (the local stack's in-process KRaft broker), PostgreSQL and the two "
                + "services as separate processes; the load generator shares the same " + machine.get("cores")
                + " cores, so every figure includes that contention.");
        notes.add("Raw baseline: one KafkaProducer (acks=all, idempotence on, linger.ms=2 as the service) sending copies of "
                + "the events measurement-service wrote during #1 (same key, headers and size) to "
                + RawProducer.RAW_TOPIC + ", created with the partition count of " + Bench.MEASUREMENTS_TOPIC
                + " on the same broker, so the live projector does not consume them.");
        Report report = new Report(scale, rows, machine, "./mezasu bench" + (options.smoke() ? " --smoke" : "")
                + (options.jfr() ? " --jfr" : "") + (options.replayEvents() != null ? " --replay-events "
                + options.replayEvents() : ""), Duration.ofNanos(System.nanoTime() - t0), notes);
        System.out.println("\n" + report.table());
        Path out = options.out() != null ? options.out()
                : options.smoke() ? settings.dataDir().resolve("benchmarks.md")
                : options.root().resolve("docs/benchmarks.md");
        report.writeMarkdown(out);
        System.out.println("Written to " + out);
        return report;
    }

    /** A second measurement-service as ./mezasu run starts the first, on a port of its own; stopped on close. */
    private static TwoReplicas.Started secondReplica(LocalStack.Settings settings, LocalStack stack,
            ServiceRuntime runtime, List<ServiceRunner> runners) throws Exception {
        LocalStack.Service service = stack.service("measurement-service");
        Map<String, String> env = new LinkedHashMap<>(stack.serviceEnvironment(service));
        int port = Ports.free();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        String base = "http://" + Ports.HOST + ":" + port;
        ServiceRunner runner = ServiceRunner.start("measurement-service-2", service.jar(settings.root()), env,
                runtime.jvm(service), settings.dataDir().resolve("logs/measurement-service-2.log"));
        runners.add(runner); // stopped with the others should the bench be interrupted
        Files.writeString(settings.dataDir().resolve("bench.pids"),
                String.join("\n", runners.stream().map(r -> Long.toString(r.pid())).toList()) + "\n");
        double ready = runner.awaitReady(URI.create(base + "/q/health/ready"), LocalStack.READY_TIMEOUT);
        Bench.log("measurement-service-2 ready in %.0f ms", ready);
        return new TwoReplicas.Started() {
            @Override
            public String api() {
                return base + "/api/v1";
            }

            @Override
            public void close() throws Exception {
                runners.remove(runner);
                runner.close();
            }
        };
    }

    @FunctionalInterface
    private interface Scenario {
        Row run() throws Exception;
    }

    private static Row scenario(Bench bench, String number, String what, String goal, List<String> notes,
            Scenario scenario) {
        String only = System.getenv("MEZASU_BENCH_ONLY"); // e.g. "3,4": profile a few scenarios with --jfr
        if (only != null && !only.isBlank() && !List.of(only.split(",")).contains(number)) {
            return Row.failed(number, what, goal, new IllegalStateException("skipped (MEZASU_BENCH_ONLY=" + only + ")"));
        }
        System.out.println("Scenario " + number + ": " + what);
        try {
            notes.add(Projection.awaitCaughtUp(bench, "before #" + number));
            return scenario.run();
        } catch (Exception e) {
            System.out.println("  scenario " + number + " did not run: " + e);
            return Row.failed(number, what, goal, e);
        }
    }

    static LocalStack.Settings settings(Path root, Path dataDir) {
        return new LocalStack.Settings(root, dataDir, port("MEZASU_KAFKA_PORT"), port("MEZASU_PG_PORT"),
                List.of(new LocalStack.Service("plan-service", "plan-service", port("MEZASU_PLAN_PORT")),
                        new LocalStack.Service("measurement-service", "measurement-service",
                                port("MEZASU_MEASUREMENT_PORT"))));
    }

    private static int port(String env) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? Ports.free() : Integer.parseInt(value.trim());
    }

    /** Stops what a killed bench left on this data dir, then starts from an empty one. */
    private static void prepare(LocalStack.Settings settings) throws Exception {
        Path dir = settings.dataDir();
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalStateException(dir + " is not empty and was not created by the bench; choose "
                        + "another --data-dir");
            }
            LocalStack.stopLeftovers(settings);
            Path pids = dir.resolve("bench.pids");
            if (Files.exists(pids)) {
                for (String line : Files.readAllLines(pids)) {
                    ProcessHandle.of(Long.parseLong(line.trim()))
                            .filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))
                            .ifPresent(ProcessHandle::destroyForcibly);
                }
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, Integer> port : settings.allPorts().entrySet()) {
            if (!Ports.isFree(port.getValue())) {
                throw new IllegalStateException("port " + port.getValue() + " for " + port.getKey() + " is taken");
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "created by ./mezasu bench; wiped at the start of every bench run\n");
    }

    private static synchronized void stop(List<ServiceRunner> runners, LocalStack stack) {
        for (int i = runners.size() - 1; i >= 0; i--) {
            try {
                runners.get(i).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runners.clear();
        stack.close();
    }

}
