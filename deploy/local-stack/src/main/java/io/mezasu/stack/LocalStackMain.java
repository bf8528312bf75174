package io.mezasu.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mezasu run}: the product on this machine without Docker.
 * <pre>
 * LocalStackMain run   [--root DIR] [--data-dir DIR]   PostgreSQL, Kafka, both services; Ctrl-C stops all
 * LocalStackMain infra [--root DIR] [--data-dir DIR]   PostgreSQL and Kafka only (for a service in dev mode)
 * LocalStackMain train [--root DIR]                    trains the services' AOT caches if missing or stale
 * LocalStackMain token ROLE... [--vendor-scope ENTRIES] [--subject NAME] [--ttl 12h] [--root DIR] [--data-dir DIR]
 *                                                      prints a bearer token signed with the data dir's key pair
 * </pre>
 * Exit status: 0 after a clean stop, 1 when starting failed, 2 when a port is taken or the usage (or
 * MEZASU_SERVICE_JAVA) is wrong. A failed AOT training is only a warning.
 */
public final class LocalStackMain {

    /** Run in order once every service is ready (the extension point for seeding data). */
    public static final List<PostStartStep> POST_START_STEPS = List.of(new PublishFixturePlan());

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        if (!List.of("run", "infra", "train", "token").contains(mode)) {
            usage("expected 'run', 'infra', 'train' or 'token'");
        }
        Path root = Path.of("").toAbsolutePath();
        Path dataDir = null;
        List<String> roles = new ArrayList<>();
        List<String> scope = new ArrayList<>();
        String subject = null;
        Duration ttl = Duration.ofHours(12);
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                roles.addAll(words(args[i]));
                continue;
            }
            if (i + 1 >= args.length) {
                usage("missing value for " + args[i]);
            }
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--vendor-scope" -> scope.addAll(words(args[++i]));
                case "--subject" -> subject = args[++i];
                case "--ttl" -> ttl = Duration.parse("PT" + args[++i].toUpperCase()); // 30m, 12h
                default -> usage("unknown option " + args[i]);
            }
        }
        LocalStack.Settings settings = LocalStack.Settings.fromEnvironment(root,
                dataDir != null ? dataDir : root.resolve(".mezasu"));
        if (mode.equals("token")) {
            System.exit(printToken(settings, roles, scope, subject, ttl));
        }
        if (!roles.isEmpty() || !scope.isEmpty() || subject != null) {
            usage("roles, --vendor-scope and --subject are for 'token'");
        }
        try {
            System.exit(mode.equals("train") ? train(settings) : run(settings, mode.equals("run")));
        } catch (IllegalArgumentException e) { // a wrong MEZASU_* variable
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * {@code ./mezasu token}: a token signed with the data directory's key pair (created if need be), so it works
     * whether or not the stack runs. Only the token goes to stdout: {@code TOKEN=$(./mezasu token reader)}.
     */
    private static int printToken(LocalStack.Settings settings, List<String> roles, List<String> scope,
            String subject, Duration ttl) {
        if (roles.isEmpty()) {
            usage("which role? one or more of " + TokenMinter.ROLES);
        }
        for (String role : roles) {
            if (!TokenMinter.ROLES.contains(role)) {
                usage("unknown role '" + role + "': expected one or more of " + TokenMinter.ROLES);
            }
        }
        if (roles.contains(TokenMinter.VENDOR) && scope.isEmpty()) {
            System.err.println("note: a vendor token without --vendor-scope may write nothing");
        }
        TokenMinter.Token token = TokenMinter.Token.of(subject != null ? subject : "local-" + String.join("+", roles),
                roles.toArray(String[]::new)).withVendorScope(scope).withValidity(Instant.now(), ttl);
        System.out.println(LocalStack.tokens(settings).mint(token));
        System.err.println("(" + String.join(", ", roles) + " token for " + token.subject() + ", valid until "
                + token.expiresAt() + (scope.isEmpty() ? "" : ", scope " + String.join(" ", scope)) + ")");
        return 0;
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    /** {@code ./mezasu build}: the AOT caches, after the Maven build (training on throwaway infrastructure). */
    private static int train(LocalStack.Settings settings) {
        if (!jarsBuilt(settings)) {
            return 1;
        }
        ServiceRuntime.prepare(settings.root(), settings.services(), ServiceRuntime.Training.IF_STALE);
        return 0;
    }

    private static boolean jarsBuilt(LocalStack.Settings settings) {
        for (LocalStack.Service service : settings.services()) {
            if (!Files.isRegularFile(service.jar(settings.root()))) {
                System.err.println(service.jar(settings.root()) + " is missing: build first (./mvnw package)");
                return false;
            }
        }
        return true;
    }

    private static int run(LocalStack.Settings settings, boolean withServices) throws Exception {
        if (withServices && !jarsBuilt(settings)) {
            return 1;
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
        // Before the stack and its shutdown hook: a training run has its own, on its own throwaway stack.
        ServiceRuntime runtime = withServices
                ? ServiceRuntime.prepare(settings.root(), settings.services(), ServiceRuntime.Training.IF_STALE)
                : null;

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
                stack.startServices(runtime::jvm);
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
            stack.tokenEnvironment().forEach((name, value) -> out.append("  export ").append(name).append('=')
                    .append(value).append('\n'));
            out.append("and a token: ./mezasu token plan-editor\n");
        }
        System.out.println(out);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: LocalStackMain run|infra|train [--root DIR] [--data-dir DIR]\n"
                + "       LocalStackMain token ROLE... [--vendor-scope ENTRIES] [--subject NAME] [--ttl 12h]"
                + " [--root DIR] [--data-dir DIR]");
        System.exit(2);
    }
}
