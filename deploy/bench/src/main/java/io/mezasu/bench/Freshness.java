package io.mezasu.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * #3: from a POST's 202 until (a) GET …/targets/{code}/evaluation shows it as {@code lastMeasurementId}, polled every
 * 5 ms ({@link #POLL_NANOS}), and (b) the TargetEvaluated event carrying it arrives on {@value Bench#EVALUATIONS_TOPIC}. Only the
 * cumulative count targets are written, so every measurement changes the evaluation. At 200/s a target changes every
 * few milliseconds, so a poll may already show a later measurement: seeing measurement k of a target makes every
 * earlier one of that target (in 202 order) visible too. Seen before its 202 arrived counts as 0 ms.
 */
final class Freshness {

    /** GET poll period per target: the GET figures are late by at most this much (half of it on average). */
    static final long POLL_NANOS = 5_000_000;

    private static final Pattern LAST = Pattern.compile("\"lastMeasurementId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern MEASUREMENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TARGET = Pattern.compile("\"target\"\\s*:\\s*\"([0-9-]+)\"");

    /** Per target and channel: measurements in 202 order and how far they are known to be visible. */
    static final class Tracker {
        private final Map<String, List<String>> order = new HashMap<>();
        private final Map<String, Long> ackNanos = new HashMap<>();
        private final Map<String, Integer> seq = new HashMap<>();
        private final Map<String, Integer>[] resolvedUpTo;
        private final Map<String, Long>[] seenEarly;
        final Histogram[] latency;

        @SuppressWarnings("unchecked")
        Tracker(int channels) {
            resolvedUpTo = new Map[channels];
            seenEarly = new Map[channels];
            latency = new Histogram[channels];
            for (int c = 0; c < channels; c++) {
                resolvedUpTo[c] = new HashMap<>();
                seenEarly[c] = new HashMap<>();
                latency[c] = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
            }
        }

        synchronized void accepted(String target, String id, long nanos) {
            List<String> ids = order.computeIfAbsent(target, t -> new ArrayList<>());
            seq.put(id, ids.size());
            ids.add(id);
            ackNanos.put(id, nanos);
            for (int c = 0; c < seenEarly.length; c++) {
                Long seen = seenEarly[c].remove(id);
                if (seen != null) {
                    resolve(c, target, id, seen);
                }
            }
        }

        synchronized void observed(int channel, String target, String id, long nanos) {
            if (!seq.containsKey(id)) {
                seenEarly[channel].putIfAbsent(id, nanos); // the projection beat the 202, or not ours
                return;
            }
            resolve(channel, target, id, nanos);
        }

        private void resolve(int channel, String target, String id, long nanos) {
            int upTo = seq.get(id);
            int from = resolvedUpTo[channel].getOrDefault(target, 0);
            List<String> ids = order.get(target);
            for (int k = from; k <= upTo; k++) {
                latency[channel].recordValue(Math.max(0, (nanos - ackNanos.get(ids.get(k))) / 1000));
            }
            resolvedUpTo[channel].put(target, Math.max(from, upTo + 1));
        }

        synchronized long total() {
            return seq.size();
        }

        synchronized long resolved(int channel) {
            return resolvedUpTo[channel].values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    private Freshness() {
    }

    static Row run(Bench bench) throws Exception {
        return run(bench, "3");
    }

    /**
     * Freshness with POST i sent to replica i and each target's GET poller to a replica of its own (modulo the
     * replicas running): #3 on one replica, the freshness half of #8 on two.
     */
    static Row run(Bench bench, String number) throws Exception {
        Scale s = bench.scale;
        List<String> targets = Measurements.COUNT_TARGETS;
        for (String target : targets) {
            var probe = bench.send(bench.get(evaluationPath(bench, target)));
            if (probe.statusCode() != 200 && probe.statusCode() != 404) {
                throw new IllegalStateException("GET " + evaluationPath(bench, target) + " answered "
                        + probe.statusCode());
            }
        }
        if (!s.warmUp().isZero()) { // the same load, unmeasured, so the JIT has compiled the path before the clock starts
            Duration warm = s.warmUp().multipliedBy(2);
            Bench.log("freshness: warm-up, %d measurements/s for %d s", s.freshRate(), warm.toSeconds());
            OpenLoad.warmUp(bench.http, s.freshRate(), warm, i -> bench.postJson(i, "/measurements",
                    bench.measurements.count(targets.get((int) (i % targets.size())),
                            bench.measurements.nextSourceId("fresh-warm"), 1)));
            Projection.awaitCaughtUp(bench, "after the warm-up");
        }
        Tracker tracker = new Tracker(2);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        int[] getErrors = new int[1];
        for (int k = 0; k < targets.size(); k++) {
            String target = targets.get(k);
            HttpRequest get = bench.get(k, evaluationPath(bench, target));
            threads.add(daemon("fresh-get-" + target, () -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = bench.http.send(get, HttpResponse.BodyHandlers.ofString());
                        long now = System.nanoTime();
                        Matcher m = LAST.matcher(r.body());
                        if (r.statusCode() == 200 && m.find()) {
                            tracker.observed(0, target, m.group(1), now);
                        } else if (r.statusCode() != 404) {
                            getErrors[0]++;
                        }
                    } catch (Exception e) {
                        getErrors[0]++;
                    }
                    long wait;
                    while ((wait = t + POLL_NANOS - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
            }));
        }
        KafkaConsumer<String, String> consumer = evaluationConsumer(bench);
        boolean events = consumer != null;
        if (events) {
            threads.add(daemon("fresh-events", () -> {
                try (consumer) {
                    while (running.get()) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                            long now = System.nanoTime();
                            Matcher last = LAST.matcher(record.value());
                            Matcher target = TARGET.matcher(record.value());
                            String key = record.key() == null ? "" : record.key();
                            String code = key.contains("/") ? key.substring(key.indexOf('/') + 1)
                                    : target.find() ? target.group(1) : "";
                            if (last.find()) {
                                tracker.observed(1, code, last.group(1), now);
                            }
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        Bench.log("freshness: %d measurements/s for %d s on %s (event consumer: %s)", s.freshRate(),
                s.freshFor().toSeconds(), targets, events ? "yes" : "no topic " + Bench.EVALUATIONS_TOPIC);
        OpenLoad.Outcome posts = OpenLoad.run(bench.http, s.freshRate(), s.freshFor(), i -> {
            String target = targets.get((int) (i % targets.size()));
            return bench.postJson(i, "/measurements", bench.measurements.count(target,
                    bench.measurements.nextSourceId("fresh"), 1));
        }, 202, (i, response, nanos) -> {
            Matcher id = MEASUREMENT_ID.matcher(response.body());
            if (id.find()) {
                tracker.accepted(targets.get((int) (i % targets.size())), id.group(1), nanos);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline
                && (tracker.resolved(0) < tracker.total() || events && tracker.resolved(1) < tracker.total())) {
            Thread.sleep(20);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(5_000);
        }
        String projector = bench.projectorMetrics();
        Bench.log("freshness: %s", projector);
        Histogram get = tracker.latency[0];
        Histogram event = tracker.latency[1];
        long total = tracker.total();
        double getP50 = get.getValueAtPercentile(50) / 1000.0;
        double getP99 = get.getValueAtPercentile(99) / 1000.0;
        double evP50 = event.getValueAtPercentile(50) / 1000.0;
        double evP99 = event.getValueAtPercentile(99) / 1000.0;
        Bench.log("freshness: %d accepted; GET p50 %.1f p99 %.1f ms (%d seen); event p50 %.1f p99 %.1f ms (%d seen);"
                + " %d POST errors %s", total, getP50, getP99, get.getTotalCount(), evP50, evP99,
                event.getTotalCount(), posts.errors(), posts.firstError());
        if (get.getTotalCount() == 0) {
            throw new IllegalStateException("no evaluation showed any posted measurement (GET "
                    + evaluationPath(bench, targets.get(0)) + ")");
        }
        boolean allSeen = get.getTotalCount() == total && (!events || event.getTotalCount() == total);
        Row.Verdict verdict = !events || !allSeen || posts.errors() > 0 ? Row.Verdict.MISSED
                : Row.atMost(Math.max(getP99, evP99), 100);
        return new Row(number, "Freshness at " + s.freshRate() + " measurements/s, " + s.freshFor().toSeconds() + " s"
                + (bench.measurementApis.size() > 1 ? ", spread over " + bench.measurementApis.size() + " replicas"
                : ""),
                Row.figures("get_p50_ms", getP50, "get_p99_ms", getP99, "event_p50_ms", evP50, "event_p99_ms", evP99,
                        "accepted", total, "get_seen", get.getTotalCount(), "event_seen", event.getTotalCount()),
                String.format("GET p50 %.1f / p99 %.1f ms; event p50 %.1f / p99 %.1f ms", getP50, getP99, evP50,
                        evP99),
                "p99 ≤ 100 ms", verdict,
                String.format("%d accepted (%d POST errors); seen through GET %d (polled every %d ms per target), as "
                        + "event %d%s", total, posts.errors(), get.getTotalCount(), POLL_NANOS / 1_000_000,
                        event.getTotalCount(),
                        events ? "" : "; no " + Bench.EVALUATIONS_TOPIC + " topic") + "; " + projector);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String evaluationPath(Bench bench, String target) {
        return "/plans/" + bench.plan + "/targets/" + target + "/evaluation";
    }

    private static KafkaConsumer<String, String> evaluationConsumer(Bench bench) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // fetch.min.bytes stays 1: the broker answers as soon as a record arrives, so a long wait costs no latency
        // (a 1 ms wait only made the consumer spin on the cores it measures)
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "200");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        var partitions = consumer.listTopics(Duration.ofSeconds(10)).get(Bench.EVALUATIONS_TOPIC);
        if (partitions == null || partitions.isEmpty()) {
            consumer.close();
            return null;
        }
        List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(tps);
        consumer.seekToEnd(tps);
        tps.forEach(consumer::position); // resolve the end now, before the first POST
        return consumer;
    }
}
