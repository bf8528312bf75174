package io.mezasu.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * #1: batch ingest over HTTP (JSON arrays of 1,000, 2 client threads) against the raw Kafka producer sending the
 * same serialized events to the same broker.
 */
final class BatchIngest {

    private BatchIngest() {
    }

    static Row run(Bench bench) throws Exception {
        return run(bench, "1");
    }

    /**
     * Batch ingest with client thread t posting to replica t (modulo the replicas running): #1 on one replica, the
     * ingest half of #8 on two.
     */
    static Row run(Bench bench, String number) throws Exception {
        Scale s = bench.scale;
        int requests = s.batchTotal() / s.batchSize();
        if (!s.warmUp().isZero()) { // the JIT compiles the batch path before the clock starts, as for the raw producer
            int warm = Math.max(s.batchThreads(), requests / 10);
            Bench.log("batch ingest: warm-up, %d requests", warm);
            post(bench, bodies(bench, warm, "warmb"));
            Projection.awaitCaughtUp(bench, "after the warm-up");
        }
        Bench.log("batch ingest: %,d measurements in %d requests, %d threads", s.batchTotal(), requests,
                s.batchThreads());
        ConcurrentLinkedQueue<String> bodies = bodies(bench, requests, "batch");
        CpuTime.Sample cpu0 = bench.cpu();
        long t0 = System.nanoTime();
        long[] totals = post(bench, bodies);
        long accepted = totals[0];
        long failed = totals[1];
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuTime.Sample cpu = bench.cpu().minus(cpu0);
        double httpRate = accepted / seconds;
        Bench.log("batch ingest: %,d accepted in %.1f s = %,.0f/s (%d failed requests)", accepted, seconds, httpRate,
                failed);
        // The projector falls behind during the timed part and finishes its share afterwards: its whole work belongs
        // to these measurements' cost, and the raw producer should not share the cores with that catch-up.
        String catchUp = Projection.awaitCaughtUp(bench, "after the timed part");
        CpuTime.Sample settled = bench.cpu().minus(cpu0);

        bench.templates = EventTemplates.capture(bench.bootstrapServers(), bench.runId);
        RawProducer.Result raw = RawProducer.baseline(bench, s.batchTotal(), !s.warmUp().isZero());
        Bench.log("raw producer: %,d events (%,d bytes avg) in %.1f s = %,.0f/s", raw.events(), raw.avgBytes(),
                raw.seconds(), raw.rate());
        double ratio = httpRate / raw.rate();
        double rawCpuPerK = raw.cpuSeconds() / (raw.events() / 1000.0);
        double cpuPerK = settled.total() / (accepted / 1000.0);
        Bench.log("batch ingest CPU s per 1k: timed part %s; until the projector caught up %s; raw producer (bench "
                + "JVM: producer and broker) %.3f", cpu.perThousand(accepted), settled.perThousand(accepted), rawCpuPerK);
        return new Row(number, "Batch ingest (JSON, 1,000/request, " + s.batchThreads() + " threads"
                + (bench.measurementApis.size() > 1 ? ", spread over " + bench.measurementApis.size() + " replicas"
                : "") + ")",
                Row.figures("accepted_per_s", httpRate, "raw_producer_per_s", raw.rate(), "ratio", ratio,
                        "accepted", accepted, "failed_requests", failed, "cpu_s_per_1k", cpuPerK,
                        "service_cpu_s_per_1k", settled.service() / (accepted / 1000.0),
                        "projector_cpu_s_per_1k", settled.projector() / (accepted / 1000.0),
                        "timed_service_cpu_s_per_1k", cpu.service() / (accepted / 1000.0),
                        "raw_cpu_s_per_1k", rawCpuPerK),
                String.format("%,.0f measurements/s; raw producer %,.0f/s; ratio %.2f", httpRate, raw.rate(), ratio),
                "ratio ≥ 0.5", failed > 0 ? Row.Verdict.FAILED : Row.atLeast(ratio, 0.5),
                String.format("%,d accepted, %d failed requests, %.1f s; raw: %,d events of %,d bytes avg in %.1f s "
                        + "to %s (%d partitions); both sides warmed up first; %s CPU s per 1k measurements "
                        + "(/proc), from the start until the projector caught up: %s (in the timed part alone: %s), "
                        + "against the raw producer's %.3f (bench JVM: producer and broker)", accepted, failed,
                        seconds, raw.events(), raw.avgBytes(), raw.seconds(), raw.topic(), raw.partitions(), catchUp,
                        settled.perThousand(accepted), cpu.perThousand(accepted), rawCpuPerK));
    }

    private static ConcurrentLinkedQueue<String> bodies(Bench bench, int requests, String prefix) {
        Scale s = bench.scale;
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
        long i = 0;
        for (int r = 0; r < requests; r++) {
            StringBuilder body = new StringBuilder(s.batchSize() * 260).append('[');
            for (int m = 0; m < s.batchSize(); m++, i++) {
                body.append(m == 0 ? "" : ",").append(bench.measurements.mixed(i, prefix));
            }
            bodies.add(body.append(']').toString());
        }
        return bodies;
    }

    /** Posts every body over the client threads; returns {accepted, failed requests}. */
    private static long[] post(Bench bench, ConcurrentLinkedQueue<String> bodies) throws Exception {
        Scale s = bench.scale;
        ExecutorService pool = Executors.newFixedThreadPool(s.batchThreads());
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < s.batchThreads(); t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                long accepted = 0;
                long failed = 0;
                String body;
                while ((body = bodies.poll()) != null) {
                    HttpResponse<String> response = bench.send(bench.postJson(thread, "/measurements/batch", body));
                    if (response.statusCode() != 200) {
                        failed++;
                        Bench.log("batch answered %d: %.300s", response.statusCode(), response.body());
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> counts = (Map<String, Object>) bench.parse(response.body()).get("counts");
                    accepted += ((Number) counts.get("imported")).longValue();
                }
                return new long[] {accepted, failed};
            }));
        }
        long accepted = 0;
        long failed = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            accepted += r[0];
            failed += r[1];
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new long[] {accepted, failed};
    }
}
