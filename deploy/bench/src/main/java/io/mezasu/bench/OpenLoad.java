package io.mezasu.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Open-model load: request i is due at start + i / rate whatever happened to the earlier ones, and its latency
 * runs from that intended send time (not from when it actually went out), so a stall shows in the figures
 * instead of silently lowering the offered load (no coordinated omission).
 */
final class OpenLoad {

    /** Latencies in microseconds, errors (non-expected status or I/O failure) and the first error seen. */
    record Outcome(Histogram latencyMicros, long sent, long errors, String firstError, double achievedRate) {

        double p(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMs() {
            return latencyMicros.getMaxValue() / 1000.0;
        }
    }

    /** Called with each expected answer: the request's index, the response and when it arrived. */
    @FunctionalInterface
    interface OnResponse {
        void accept(long index, HttpResponse<String> response, long nanos);
    }

    private OpenLoad() {
    }

    static Outcome run(HttpClient http, int rate, Duration duration, LongFunction<HttpRequest> request,
            int expectedStatus, OnResponse onResponse) throws InterruptedException {
        Histogram histogram = new SynchronizedHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long count = Math.max(1, rate * duration.toMillis() / 1000);
        double periodNanos = 1e9 / rate;
        // Only a count of what is outstanding: holding the futures would hold every answer (56 KB each in #4), and
        // the generator's own GC pauses (100+ ms at 2 GB) would show up as the service's latency.
        CountDownLatch unanswered = new CountDownLatch((int) count);
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < count; i++) {
            long intended = start + (long) (i * periodNanos);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest req = request.apply(i);
            long index = i;
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                histogram.recordValue(Math.max(0, (now - intended) / 1000));
                String problem = failure != null ? failure.toString()
                        : response.statusCode() != expectedStatus ? response.statusCode() + " " + response.body()
                        : null;
                if (problem != null) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError.length() == 0) {
                            firstError.append(problem, 0, Math.min(problem.length(), 300));
                        }
                    }
                } else if (onResponse != null) {
                    onResponse.accept(index, response, now);
                }
            }).whenComplete((ignored, failure) -> unanswered.countDown());
        }
        long lastDue = System.nanoTime();
        if (!unanswered.await(60, TimeUnit.SECONDS)) {
            long pending = unanswered.getCount();
            errors.addAndGet(pending);
            synchronized (firstError) {
                firstError.append(pending).append(" requests unanswered after 60 s");
            }
        }
        double achieved = count / Math.max(1e-9, (lastDue - start) / 1e9);
        return new Outcome(histogram, count, errors.get(), firstError.toString(), achieved);
    }

    /** The warm-up run: same load, figures thrown away. */
    static void warmUp(HttpClient http, int rate, Duration duration, LongFunction<HttpRequest> request)
            throws InterruptedException {
        if (!duration.isZero()) {
            run(http, rate, duration, request, -1, null);
        }
    }
}
