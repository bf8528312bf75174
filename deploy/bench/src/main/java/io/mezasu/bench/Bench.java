package io.mezasu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.stack.LocalStack;
import io.mezasu.stack.TokenMinter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** What every scenario shares: the running stack, an HTTP client, tokens and unique measurement bodies. */
final class Bench {

    static final String MEASUREMENTS_TOPIC = "mezasu.measurements";
    static final String EVALUATIONS_TOPIC = "mezasu.evaluations";

    final Scale scale;
    final LocalStack stack;
    final String runId;
    final Measurements measurements;
    final HttpClient http;
    final ObjectMapper json = new ObjectMapper();
    final String plan;
    final String measurementApi;
    /** measurement-service's API on each running replica; the first is {@link #measurementApi}. */
    final List<String> measurementApis = new java.util.concurrent.CopyOnWriteArrayList<>();
    final String vendorBearer;
    final String operatorBearer;
    /** Events the service itself wrote during batch ingest: the shape the raw producer and the replay copy. */
    EventTemplates templates;
    /** measurement-service's process id, for {@link CpuTime}; set once the bench has started it. */
    long measurementPid;

    Bench(Scale scale, LocalStack stack) {
        this.scale = scale;
        this.stack = stack;
        this.runId = "r" + Long.toString(Instant.now().toEpochMilli(), 36);
        this.measurements = new Measurements(runId);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
        this.plan = Measurements.PLAN;
        this.measurementApi = stack.service("measurement-service").baseUrl() + "/api/v1";
        this.measurementApis.add(measurementApi);
        TokenMinter tokens = stack.tokens();
        Instant now = Instant.now();
        this.vendorBearer = "Bearer " + tokens.mint(TokenMinter.Token.of("bench-vendor", TokenMinter.VENDOR)
                .withVendorScope(List.of("plan:" + plan)).withValidity(now, Duration.ofHours(6)));
        this.operatorBearer = "Bearer " + tokens.mint(TokenMinter.Token.of("bench-operator", TokenMinter.OPERATOR)
                .withValidity(now, Duration.ofHours(6)));
    }

    /** CPU seconds so far of measurement-service, PostgreSQL and this JVM. */
    CpuTime.Sample cpu() throws java.io.IOException {
        long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(
                stack.postgres().dataDir().resolve("postmaster.pid")).get(0).trim());
        return CpuTime.sample(measurementPid, postmaster);
    }

    String bootstrapServers() {
        return stack.kafka().bootstrapServers();
    }

    Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }

    HttpRequest postJson(String path, String body) {
        return postJson(0, path, body);
    }

    /** The same POST to the {@code i}-th replica modulo their number: load spread over them. */
    HttpRequest postJson(long i, String path, String body) {
        return HttpRequest.newBuilder(URI.create(replica(i) + path))
                .header("Authorization", vendorBearer)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest get(String path) {
        return get(0, path);
    }

    HttpRequest get(long i, String path) {
        return HttpRequest.newBuilder(URI.create(replica(i) + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private String replica(long i) {
        return measurementApis.get((int) Math.floorMod(i, (long) measurementApis.size()));
    }

    /** A page of measurement-service (the site at its root, not the API). */
    HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(stack.service("measurement-service").baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    /**
     * measurement-service's own projector figures from /q/metrics (Micrometer, a sliding window of about two
     * minutes): "batch p50/p99, size p50/p99, lag p50/p99", or why they could not be read.
     */
    String projectorMetrics() {
        try {
            String base = stack.service("measurement-service").baseUrl();
            String text = send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).GET().build()).body();
            return String.format("projector (service side, last ~2 min): batch %s ms, size %s, append-to-commit lag %s ms",
                    quantiles(text, "mezasu_projector_batch_duration_seconds", 1000),
                    quantiles(text, "mezasu_projector_batch_size", 1),
                    quantiles(text, "mezasu_projector_lag_seconds", 1000));
        } catch (Exception e) {
            return "projector metrics unavailable: " + e;
        }
    }

    private static String quantiles(String metrics, String name, double scale) {
        StringBuilder out = new StringBuilder();
        for (String q : List.of("0.5", "0.99")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "\\{quantile=\"" + q
                    + "\"\\} ([0-9.eE+-]+)").matcher(metrics);
            out.append(out.length() == 0 ? "p50 " : " / p99 ").append(m.find()
                    ? String.format("%.0f", Double.parseDouble(m.group(1)) * scale) : "?");
        }
        return out.toString();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String body) throws Exception {
        return json.readValue(body, Map.class);
    }

    static void log(String format, Object... args) {
        System.out.printf("  [bench] " + format + "%n", args);
    }
}
