package io.mezasu.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mezasu run}: the product on this machine without Docker.
 * <pre>
 * LocalStackMain run   [--root DIR] [--data-dir DIR]   PostgreSQL, Kafka, both services; Ctrl-C stops all
 * LocalStackMain infra [--root DIR] [--data-dir DIR]   PostgreSQL and Kafka only (for a service in dev mode)
 * </pre>
 * Exit status: 0 after a clean stop, 1 when starting failed, 2 when a port is taken or the usage is wrong.
 */
public final class LocalStackMain {

    /** Run in order once every service is ready (the extension point for seeding data). */
    public static final List<PostStartStep> POST_START_STEPS = List.of(new PublishFixturePlan());

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        if (!mode.equals("run") && !mode.equals("infra")) {
            usage("expected 'run' or 'infra'");
        }
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        for (int i = 1; i < args.length; i++) {
            if (i + 1 >= args.length) {
                usage("missing value for " + args[i]);
            }
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> usage("unknown option " + args[i]);
            }
        }
        boolean withServices = mode.equals("run");
        LocalStack.Settings settings = LocalStack.Settings.fromEnvironment(root,
                dataDir != null ? dataDir : root.resolve(".mezasu"));
        System.exit(run(settings, withServices));
    }

    private static int run(LocalStack.Settings settings, boolean withServices) throws Exception {
        if (withServices) {
            for (LocalStack.Service service : settings.services()) {
                if (!Files.isRegularFile(service.jar(settings.root()))) {
                    System.err.println(service.jar(settings.root()) + " is missing: build first (./mvnw package)");
                    return 1;
                }
            }
        }
        LocalStack.stopLeftovers(settings);
        Map<String, Integer> ports = withServices ? settings.allPorts() : settings.infraPorts();
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            if (!Ports.isFree(port.getValue())) {
                System.err.println("Port " + Ports.HOST + ":" + port.getValue() + " for " + port.getKey()
                        + " is already in use. Stop whatever holds it, or choose another port.");
                return 2;
            }
        }

        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM both end up here; the JVM exits once this hook returns.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stack.isClosed()) {
                return; // starting failed and main has stopped everything already
            }
            System.out.println("\nStopping Mezasu ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "mezasu-stop"));

        try {
            System.out.println("Starting PostgreSQL and Kafka (data in " + settings.dataDir() + ") ...");
            stack.startInfrastructure();
            if (withServices) {
                System.out.println("Starting " + String.join(", ",
                        settings.services().stream().map(LocalStack.Service::name).toList()) + " ...");
                stack.startServices();
                stack.runPostStartSteps(POST_START_STEPS);
            }
        } catch (Exception e) {
            if (stack.isClosed()) {
                return 0; // interrupted by Ctrl-C while starting: the hook has stopped everything
            }
            System.err.println("Starting failed: " + (e instanceof LocalStack.StartupException ? e.getMessage() : e));
            if (!(e instanceof LocalStack.StartupException)) {
                e.printStackTrace();
            }
            stack.close();
            return 1;
        }
        printAddresses(stack, withServices);
        stopped.await(); // until Ctrl-C / SIGTERM
        return 0;
    }

    private static void printAddresses(LocalStack stack, boolean withServices) {
        EmbeddedPostgres pg = stack.postgres();
        StringBuilder out = new StringBuilder("\nMezasu is up. Ctrl-C stops everything; data stays in ")
                .append(stack.settings().dataDir()).append("\n\n");
        if (withServices) {
            for (LocalStack.Service s : stack.settings().services()) {
                out.append(String.format("  %-20s API      %s/api/v1%n", s.name(), s.baseUrl()));
                out.append(String.format("  %-20s Swagger  %s/q/swagger-ui%n", "", s.baseUrl()));
                out.append(String.format("  %-20s Health   %s/q/health%n", "", s.baseUrl()));
            }
        }
        out.append(String.format("  %-20s %s%n", "Kafka bootstrap", stack.kafka().bootstrapServers()));
        for (LocalStack.Service s : stack.settings().services()) {
            out.append(String.format("  %-20s %s%n", "JDBC " + LocalStack.Settings.database(s),
                    pg.jdbcUrl(LocalStack.Settings.database(s))));
        }
        out.append(String.format("  %-20s user %s, password in %s%n", "", pg.username(), stack.passwordFile()));
        if (withServices) {
            out.append(String.format("  %-20s %s%n", "Service logs", stack.settings().dataDir().resolve("logs")));
        } else {
            out.append("\nFor a service in dev mode (./mvnw -pl plan-service quarkus:dev):\n")
                    .append("  export KAFKA_BOOTSTRAP_SERVERS=").append(stack.kafka().bootstrapServers()).append('\n')
                    .append("  export QUARKUS_DATASOURCE_JDBC_URL=").append(pg.jdbcUrl("plan")).append('\n')
                    .append("  export QUARKUS_DATASOURCE_USERNAME=").append(pg.username()).append('\n')
                    .append("  export QUARKUS_DATASOURCE_PASSWORD=$(cat ").append(stack.passwordFile()).append(")\n");
        }
        System.out.println(out);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: LocalStackMain run|infra [--root DIR] [--data-dir DIR]");
        System.exit(2);
    }
}
