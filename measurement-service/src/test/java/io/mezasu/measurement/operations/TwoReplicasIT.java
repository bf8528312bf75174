package io.mezasu.measurement.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.LocalStackTestResource;
import io.mezasu.stack.Ports;
import io.mezasu.stack.ServiceProcess;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service on one Kafka and one PostgreSQL. Two clients send measurements to both; one
 * replica is killed with SIGKILL in the middle; a request it never answered is sent again to the other. Then every
 * accepted measurement is projected exactly once, and the evaluations equal those a single instance rebuilds from
 * the log (a replay).
 */
class TwoReplicasIT {

    private static final String PLAN = "minato-replicas";
    private static final int MEASUREMENTS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcceptedMeasurementIsProjectedOnceAfterAReplicaIsKilled() throws Exception {
        LocalStackTestResource stack = new LocalStackTestResource();
        stack.init(Map.of("database", "measurement"));
        Map<String, String> config = stack.start();
        Path logs = Files.createTempDirectory("mezasu-replicas-");
        try (Replica a = start("replica-a", config, logs); Replica b = start("replica-b", config, logs)) {
            String[] bases = {a.ready(), b.ready()};
            publishPlan(config.get("kafka.bootstrap.servers"));
            awaitCatalog(bases[1]);
            String vendor = TestTokens.mint(TestTokens.spec(TokenMinter.VENDOR, TokenMinter.READER, TokenMinter.OPERATOR)
                    .withSubject("replicas-vendor").withVendorScope(List.of("plan:" + PLAN)));

            Map<String, Long> accepted = load(bases, a, vendor);
            long expectedTotal = accepted.values().stream().mapToLong(Long::longValue).sum();

            awaitProjected(bases[1], vendor, accepted.size());
            JsonNode page = get(bases[1] + "/api/v1/measurements?plan=" + PLAN + "&size=1000", vendor);
            assertEquals(accepted.size(), page.path("total").asInt(), "each accepted measurement once");
            for (JsonNode item : page.path("items")) {
                assertEquals(1, item.path("version").asInt(), "never applied twice: " + item);
            }
            JsonNode count = evaluation(bases[1], "3-1-2-1");
            assertEquals(expectedTotal, count.path("evaluation").path("actual").asLong(), "延べ: the sum of what was accepted");

            Map<String, String> live = evaluations(bases[1]);
            post(bases[1] + "/api/v1/admin/replay", vendor, "");
            assertEquals(live, evaluations(bases[1]), "the survivor's evaluations equal a single instance's rebuild");
        } finally {
            stack.stop();
        }
    }

    /** Sends the measurements from two clients to both replicas; kills A a third of the way; resends to B. */
    private Map<String, Long> load(String[] bases, Replica a, String vendor) throws Exception {
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int client = 0; client < 2; client++) {
            int offset = client;
            clients.submit(() -> {
                for (int i = offset; i < MEASUREMENTS; i += 2) {
                    if (sent.incrementAndGet() == MEASUREMENTS / 3) {
                        a.kill();
                    }
                    long value = 1 + i % 5;
                    String body = "{\"plan\":\"" + PLAN + "\",\"target\":\"3-1-2-1\",\"kind\":\"COUNT\",\"fiscalYear\":2019,"
                            + "\"observedOn\":\"2019-08-31\",\"source\":\"replicas\",\"sourceId\":\"r-" + i + "\","
                            + "\"value\":" + value + ",\"countMode\":\"INCREMENT\"}";
                    for (int attempt = 0; attempt < 20; attempt++) {
                        int status = send(bases[(i + attempt) % 2], vendor, body);
                        if (status < 0) {
                            unanswered.incrementAndGet();
                        }
                        if (status == 202 || status == 200) {
                            accepted.put("r-" + i, value);
                            break;
                        }
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the load finished");
        assertEquals(MEASUREMENTS, accepted.size(), "every measurement was accepted by one replica or the other");
        assertTrue(unanswered.get() > 0, "the killed replica left requests unanswered, which were sent again");
        assertFalse(a.process().isAlive(), "replica A was killed");
        return accepted;
    }

    private int send(String base, String token, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/measurements"))
                    .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1; // the killed replica: nothing answered, so nothing counts as accepted
        }
    }

    /** One instance of the packaged service, on a port of its own. */
    private record Replica(ServiceProcess process, int port) implements AutoCloseable {

        String ready() throws Exception {
            String base = "http://" + Ports.HOST + ":" + port;
            assertTrue(process.awaitReady(URI.create(base + "/q/health/ready"), Duration.ofSeconds(120),
                    Duration.ofMillis(300), () -> false), process.name() + " is not ready; see " + process.log());
            return base;
        }

        /** SIGKILL: no shutdown hook, no graceful stop, whatever was in flight is cut. */
        void kill() {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        }

        @Override
        public void close() throws Exception {
            process.close();
        }
    }

    private Replica start(String name, Map<String, String> config, Path logs) throws Exception {
        Map<String, String> env = new HashMap<>();
        config.forEach((property, value) -> env.put(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        env.put("QUARKUS_HTTP_HOST", Ports.HOST);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(Ports.free()));
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        ServiceProcess.Jvm jvm = new ServiceProcess.Jvm(Path.of(System.getProperty("java.home"), "bin", "java"),
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
        return new Replica(ServiceProcess.start(name, jar, env, jvm, logs.resolve(name + ".log")),
                Integer.parseInt(env.get("QUARKUS_HTTP_PORT")));
    }

    private static void publishPlan(String bootstrap) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("mezasu.plans", PLAN, TestPlans.planPublished(PLAN,
                    java.util.UUID.randomUUID().toString()))).get();
        }
    }

    private void awaitCatalog(String base) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/catalog/plans/" + PLAN)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200);
    }

    /** Every accepted measurement projected, and still one version each a second later (nothing in flight). */
    private void awaitProjected(String base, String token, int expected) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> get(base + "/api/v1/measurements?plan=" + PLAN
                + "&size=1", token).path("total").asInt() >= expected
                && evaluation(base, "3-1-2-1").path("evaluation").path("actual").isNumber());
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> get(base
                + "/api/v1/measurements?plan=" + PLAN + "&size=1", token).path("total").asInt() == expected);
    }

    private JsonNode evaluation(String base, String code) throws Exception {
        return get(base + "/api/v1/plans/" + PLAN + "/targets/" + code + "/evaluation", null);
    }

    /** Every target's status and actual, by target. */
    private Map<String, String> evaluations(String base) throws Exception {
        Map<String, String> out = new TreeMap<>();
        JsonNode plan = get(base + "/api/v1/plans/" + PLAN + "/evaluations", null);
        for (JsonNode target : plan.findValues("targets").stream().flatMap(t -> iterable(t).stream()).toList()) {
            JsonNode e = target.path("evaluation").path("evaluation");
            out.put(target.path("code").asText(), e.path("status").asText() + " " + e.path("actual").asText());
        }
        return out;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private void post(String url, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

}
