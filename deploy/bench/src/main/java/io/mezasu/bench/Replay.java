package io.mezasu.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** #5: N measurement events produced straight to the topic, then the operator's replay into empty projections. */
final class Replay {

    private Replay() {
    }

    static Row run(Bench bench) throws Exception {
        int n = bench.scale.replayEvents();
        if (bench.templates == null) {
            // The shape to copy: a few measurements through the service itself, then read back from the topic.
            StringBuilder seed = new StringBuilder("[");
            for (int i = 0; i < 10; i++) {
                seed.append(i == 0 ? "" : ",").append(bench.measurements.mixed(i, "seed"));
            }
            var answer = bench.send(bench.postJson("/measurements/batch", seed.append(']').toString()));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("seed batch answered " + answer.statusCode() + ": " + answer.body());
            }
            bench.templates = EventTemplates.capture(bench.bootstrapServers(), bench.runId);
        }
        Bench.log("replay: producing %,d events to %s", n, Bench.MEASUREMENTS_TOPIC);
        int chunk = 100_000;
        double produceSeconds = 0;
        for (int from = 0; from < n; from += chunk) {
            List<EventTemplates.Event> events = new ArrayList<>(Math.min(chunk, n - from));
            for (long i = from; i < Math.min(n, from + chunk); i++) {
                events.add(bench.templates.copy(i, "replay"));
            }
            produceSeconds += RawProducer.send(bench.bootstrapServers(), Bench.MEASUREMENTS_TOPIC, events,
                    Map.of("linger.ms", "20", "batch.size", Integer.toString(512 * 1024)));
        }
        Bench.log("replay: produced in %.1f s; POST /admin/replay", produceSeconds);
        long t0 = System.nanoTime();
        HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(
                        URI.create(bench.measurementApi + "/admin/replay"))
                .header("Authorization", bench.operatorBearer)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - t0) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("replay answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, Object> result = bench.parse(response.body());
        long events = ((Number) result.get("events")).longValue();
        long applied = ((Number) result.get("applied")).longValue();
        long unreadable = ((Number) result.get("unreadable")).longValue();
        long millis = ((Number) result.get("millis")).longValue();
        double rate = events / Math.max(0.001, millis / 1000.0);
        double wallRate = events / wall;
        Bench.log("replay: %s in %.1f s wall = %,.0f/s (service) %,.0f/s (wall)", response.body(), wall, rate,
                wallRate);
        return new Row("5", "Replay of " + String.format("%,d", n) + " events (+ earlier ones on the topic)",
                Row.figures("events_per_s", rate, "wall_events_per_s", wallRate, "events", events, "applied", applied,
                        "unreadable", unreadable, "millis", millis),
                String.format("%,.0f events/s (wall %,.0f/s)", rate, wallRate), "≥ 50k events/s",
                unreadable > 0 ? Row.Verdict.FAILED : Row.atLeast(rate, 50_000),
                String.format("%,d events, %,d applied, %d unreadable, %,d ms (service), %.1f s wall", events, applied,
                        unreadable, millis, wall));
    }
}
