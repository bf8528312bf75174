package io.mezasu.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * The whole local product: PostgreSQL, Kafka and the services as child processes, all on fixed loopback ports and
 * with their data under one directory, so a second start resumes where the first stopped.
 * Parts stop in reverse start order; {@link #close()} may come from a shutdown hook while starting is in progress.
 */
public final class LocalStack implements AutoCloseable {

    /** A deployable service: its Maven module directory under the root, and its HTTP port. */
    public record Service(String name, String module, int port) {

        public String baseUrl() {
            return "http://" + Ports.HOST + ":" + port;
        }

        public Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /** Where everything lives and listens; ports may be overridden through the environment. */
    public record Settings(Path root, Path dataDir, int kafkaPort, int postgresPort, List<Service> services) {

        public static Settings fromEnvironment(Path root, Path dataDir) {
            return new Settings(root.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(),
                    envPort("MEZASU_KAFKA_PORT", 19092), envPort("MEZASU_PG_PORT", 15432),
                    List.of(new Service("plan-service", "plan-service", envPort("MEZASU_PLAN_PORT", 8081)),
                            new Service("measurement-service", "measurement-service",
                                    envPort("MEZASU_MEASUREMENT_PORT", 8082))));
        }

        private static int envPort(String name, int fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        }

        /** Every port the infrastructure needs, by a human-readable name. */
        public Map<String, Integer> infraPorts() {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("Kafka (MEZASU_KAFKA_PORT)", kafkaPort);
            ports.put("PostgreSQL (MEZASU_PG_PORT)", postgresPort);
            return ports;
        }

        public Map<String, Integer> allPorts() {
            Map<String, Integer> ports = infraPorts();
            services.forEach(s -> ports.put(s.name(), s.port()));
            return ports;
        }

        /** Each service's database is named after it: plan-service uses {@code plan}. */
        public static String database(Service service) {
            return service.name().replace("-service", "").replace('-', '_');
        }
    }

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * JVM options for the services: the serial collector and a bounded heap suit two cores and a small
     * working set, and keep idle memory low. MEZASU_SERVICE_JAVA_OPTS replaces them.
     */
    public static List<String> serviceJvmOptions() {
        String override = System.getenv("MEZASU_SERVICE_JAVA_OPTS");
        if (override != null && !override.isBlank()) {
            return List.of(override.trim().split("\\s+"));
        }
        return List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError");
    }
    private static final String PIDS_FILE = "services.pids";

    private final Settings settings;
    private final Object lifecycle = new Object();
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile boolean closed;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;

    public LocalStack(Settings settings) {
        this.settings = settings;
    }

    /**
     * Stops what a launcher killed with SIGKILL left behind on this data dir (its postgres, its services), so
     * that they neither hold the ports nor lock the data. Kafka ran inside the killed JVM and died with it.
     */
    public static void stopLeftovers(Settings settings) throws IOException, InterruptedException {
        EmbeddedPostgres.stopLeftover(settings.dataDir().resolve("postgres"));
        Path pids = settings.dataDir().resolve(PIDS_FILE);
        if (Files.exists(pids)) {
            for (String line : Files.readAllLines(pids)) {
                ProcessHandle process = ProcessHandle.of(Long.parseLong(line.trim())).orElse(null);
                // Only our own children: the pid may have been reused by something else since.
                if (process != null && process.info().commandLine().orElse("").contains("quarkus-run.jar")) {
                    System.out.println("Stopping " + process.info().commandLine().orElse("")
                            + " (pid " + process.pid() + ") left by an earlier run");
                    ServiceProcess.stop(process);
                }
            }
            Files.delete(pids);
        }
    }

    /** Starts PostgreSQL (with a database per service) and then Kafka. */
    public void startInfrastructure() throws Exception {
        Files.createDirectories(settings.dataDir());
        String password = postgresPassword();
        postgres = step(() -> EmbeddedPostgres.start(settings.dataDir().resolve("postgres"),
                settings.postgresPort(), true, password));
        postgres.createDatabases(settings.services().stream().map(Settings::database).toArray(String[]::new));
        kafka = step(() -> EmbeddedKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort()));
    }

    /** Generated on the first start and kept: the data directory was initialised with it. */
    private String postgresPassword() throws IOException {
        Path file = passwordFile();
        if (!Files.exists(file)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    /** The signing key pair of this data directory ({@code jwt/}), generated on first use, never committed. */
    public static TokenMinter tokens(Settings settings) {
        return new TokenMinter(JwtKeys.loadOrCreate(jwtDir(settings)));
    }

    public TokenMinter tokens() {
        return tokens(settings);
    }

    static Path jwtDir(Settings settings) {
        return settings.dataDir().resolve("jwt");
    }

    /** What a service needs to trust this stack's tokens, as environment variables. */
    public Map<String, String> tokenEnvironment() {
        JwtKeys.loadOrCreate(jwtDir(settings));
        Map<String, String> env = new LinkedHashMap<>();
        TokenMinter.verifierConfig(jwtDir(settings).resolve(JwtKeys.PUBLIC_PEM))
                .forEach((property, value) -> env.put(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        return env;
    }

    public Path passwordFile() {
        return settings.dataDir().resolve("postgres.password");
    }

    /**
     * Starts every service on the JVM {@code jvm} gives it and waits until each reports ready.
     *
     * @throws StartupException when one exits or is not ready within {@link #READY_TIMEOUT}; carries its log tail
     */
    public void startServices(Function<Service, ServiceProcess.Jvm> jvm) throws Exception {
        for (Service service : settings.services()) {
            ServiceProcess process = step(() -> ServiceProcess.start(service.name(), service.jar(settings.root()),
                    serviceEnvironment(service), jvm.apply(service), log(service)));
            services.add(process);
            recordPids();
        }
        for (ServiceProcess process : services) {
            Service service = service(process.name());
            URI ready = URI.create(service.baseUrl() + "/q/health/ready");
            if (!process.awaitReady(ready, READY_TIMEOUT, () -> closed)) {
                if (closed) {
                    throw new CancellationException("stopping");
                }
                String why = process.isAlive() ? "is not ready after " + READY_TIMEOUT.toSeconds() + " s" : "exited";
                throw new StartupException(service.name() + " " + why + " (" + ready + "). Last lines of "
                        + process.log() + ":\n" + process.logTail(40));
            }
        }
    }

    /** Appended to across runs of this data directory. */
    public Path log(Service service) {
        return settings.dataDir().resolve("logs").resolve(service.name() + ".log");
    }

    /** What a service needs to reach this stack: its port, database, Kafka and token verification. */
    public Map<String, String> serviceEnvironment(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", Ports.HOST);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(Settings.database(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // A data directory from before topics were declared holds topics with 7 days of retention: on this laptop
        // stack the services bring them up to their declarations (a data centre leaves that to operations).
        env.put("MEZASU_KAFKA_ALIGN_EXISTING", "true");
        // Pages are served over plain HTTP on 127.0.0.1 here: a Secure cookie would not come back.
        env.put("MEZASU_WEB_SECURE_COOKIES", "false");
        // Webhook receivers tried out on this laptop listen on loopback, which a deployment refuses (SSRF).
        env.put("MEZASU_WEBHOOKS_ALLOW", "127.0.0.0/8,::1/128,localhost");
        env.putAll(tokenEnvironment());
        return env;
    }

    private void recordPids() throws IOException {
        StringBuilder pids = new StringBuilder();
        services.forEach(s -> pids.append(s.pid()).append('\n'));
        Files.writeString(settings.dataDir().resolve(PIDS_FILE), pids);
    }

    public void runPostStartSteps(List<PostStartStep> steps) throws Exception {
        for (PostStartStep step : steps) {
            if (closed) {
                throw new CancellationException("stopping");
            }
            System.out.println("Running " + step.name() + " ...");
            step.run(this);
        }
    }

    /** Starts one part and registers it for stopping, unless we are already stopping. */
    private <T extends AutoCloseable> T step(Callable<T> start) throws Exception {
        // Held during the (short) start so that close() waits for it instead of missing a part just started.
        synchronized (lifecycle) {
            if (closed) {
                throw new CancellationException("stopping");
            }
            T part = start.call();
            running.push(part);
            return part;
        }
    }

    /** Stops everything started so far in reverse order: services, Kafka, PostgreSQL. Idempotent. */
    @Override
    public void close() {
        closed = true; // first, outside the lock: ends a readiness wait at once
        synchronized (lifecycle) {
            while (!running.isEmpty()) {
                AutoCloseable part = running.pop();
                try {
                    part.close();
                } catch (Exception e) {
                    System.err.println("Stopping " + part + " failed: " + e);
                }
            }
            try {
                Files.deleteIfExists(settings.dataDir().resolve(PIDS_FILE));
            } catch (IOException e) {
                System.err.println("Could not delete " + PIDS_FILE + ": " + e);
            }
        }
    }

    /** True once stopping has begun (Ctrl-C while starting, for instance). */
    public boolean isClosed() {
        return closed;
    }

    public Settings settings() {
        return settings;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public Service service(String name) {
        return settings.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** A service did not come up; the message says which and shows the end of its log. */
    public static final class StartupException extends Exception {
        public StartupException(String message) {
            super(message);
        }
    }
}
