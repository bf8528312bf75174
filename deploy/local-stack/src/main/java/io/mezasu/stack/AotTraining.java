package io.mezasu.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains services' AOT caches (JEP 514) on a throwaway stack: PostgreSQL, Kafka and data in a fresh temp directory
 * on free ports, so the user's data is never touched. Each service to train runs with {@code -XX:AOTCacheOutput},
 * answers what {@code ./mezasu run} and a first reader ask of it (publish the fixture plan, read its evaluations),
 * and is stopped with SIGTERM: the JVM writes the cache as it exits.
 */
final class AotTraining {

    /** Assembling the cache at exit takes ~10 s per service on two cores; SIGKILL would lose it. */
    private static final Duration STOP_GRACE = Duration.ofMinutes(3);
    private static final Duration CATALOG_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final List<LocalStack.Service> services;
    private final ServiceJdk jdk;
    private final List<String> options;
    private final Function<LocalStack.Service, ServiceProcess.Jvm> untrained;

    /**
     * @param options   the services' usual JVM options, which the caches are trained with
     * @param untrained how services that are not being trained start (they are needed all the same: the plan
     *                  reaches measurement-service from plan-service)
     */
    AotTraining(Path root, List<LocalStack.Service> services, ServiceJdk jdk, List<String> options,
            Function<LocalStack.Service, ServiceProcess.Jvm> untrained) {
        this.root = root;
        this.services = services;
        this.jdk = jdk;
        this.options = options;
        this.untrained = untrained;
    }

    /** Trains {@code caches} (by service name); throws when a cache was not written. */
    void train(Map<String, AotCache> caches) throws Exception {
        long started = System.nanoTime();
        Map<String, String> stamps = new LinkedHashMap<>();
        for (Map.Entry<String, AotCache> cache : caches.entrySet()) {
            stamps.put(cache.getKey(), cache.getValue().stamp(jdk, options)); // what this training sees
            cache.getValue().discard();
        }
        Path dir = Dirs.newTempDir("mezasu-aot-training-");
        LocalStack stack = new LocalStack(new LocalStack.Settings(root, dir, Ports.free(), Ports.free(),
                services.stream().map(s -> new LocalStack.Service(s.name(), s.module(), Ports.free())).toList()));
        System.out.println("Training the AOT cache of " + String.join(", ", caches.keySet()) + " on " + jdk.describe()
                + ", with a throwaway PostgreSQL and Kafka in " + dir + " ...");
        Thread hook = new Thread(() -> tearDown(stack, dir, caches), "aot-training-stop"); // Ctrl-C meanwhile
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.startInfrastructure();
            stack.startServices(s -> caches.containsKey(s.name()) ? trainingJvm(caches.get(s.name()))
                    : untrained.apply(s));
            exercise(stack);
        } finally {
            tearDown(stack, dir, caches);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        for (Map.Entry<String, AotCache> cache : caches.entrySet()) {
            if (!cache.getValue().commit(stamps.get(cache.getKey()))) {
                throw new IllegalStateException(cache.getKey() + " wrote no AOT cache; see "
                        + cache.getValue().trainingLog());
            }
        }
        System.out.printf("Trained the AOT cache of %s in %.0f s%n", String.join(", ", caches.keySet()),
                (System.nanoTime() - started) / 1e9);
    }

    private ServiceProcess.Jvm trainingJvm(AotCache cache) {
        return new ServiceProcess.Jvm(jdk.java(), options).plus("-XX:AOTCacheOutput=" + cache.file())
                .withStopGrace(STOP_GRACE);
    }

    private static void exercise(LocalStack stack) throws Exception {
        PublishFixturePlan fixture = new PublishFixturePlan();
        fixture.run(stack);
        fixture.awaitCatalog(stack, CATALOG_TIMEOUT);
        URI evaluations = URI.create(stack.service("measurement-service").baseUrl() + "/api/v1/plans/"
                + PublishFixturePlan.KEY + "/evaluations");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(evaluations)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + evaluations + " answered " + response.statusCode());
        }
    }

    /** Stops the stack (the caches are written now), keeps the services' logs, deletes the rest. Idempotent. */
    private synchronized void tearDown(LocalStack stack, Path dir, Map<String, AotCache> caches) {
        stack.close();
        try {
            for (LocalStack.Service service : stack.settings().services()) {
                Path log = stack.log(service);
                if (caches.containsKey(service.name()) && Files.exists(log)) {
                    Files.copy(log, caches.get(service.name()).trainingLog(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Dirs.deleteRecursively(dir);
        } catch (IOException e) {
            System.out.println("WARNING: cleaning up after the AOT training: " + e);
        }
    }
}
