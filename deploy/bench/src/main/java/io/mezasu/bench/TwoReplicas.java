package io.mezasu.bench;

import java.util.Map;

/**
 * #8: a second measurement-service replica on the same PostgreSQL and Kafka (the operations issue's deployment
 * shape), then batch ingest (#1's load, client thread t on replica t) and freshness (#3's load, POST i on replica i,
 * each target's GET on its own replica). The replicas share the projector's consumer group, so each projects the
 * partitions it was given. On this machine both replicas share the same 2 cores, so the row shows what spreading
 * costs or saves, not what a second machine would add.
 */
final class TwoReplicas {

    /** Starts the second replica and answers its API base URL once it is ready. */
    @FunctionalInterface
    interface Starter {
        Started start() throws Exception;
    }

    /** A running replica: its API base URL, stopped on close. */
    interface Started extends AutoCloseable {
        String api();
    }

    private TwoReplicas() {
    }

    static Row run(Bench bench, Starter starter) throws Exception {
        try (Started second = starter.start()) {
            bench.measurementApis.add(second.api());
            try {
                Row ingest = BatchIngest.run(bench, "8");
                Projection.awaitCaughtUp(bench, "between the two halves of #8");
                Row fresh = Freshness.run(bench, "8");
                return combine(ingest, fresh);
            } finally {
                bench.measurementApis.remove(second.api());
            }
        }
    }

    private static Row combine(Row ingest, Row fresh) {
        Map<String, Double> figures = new java.util.LinkedHashMap<>();
        ingest.figures().forEach((name, value) -> figures.put("ingest_" + name, value));
        fresh.figures().forEach((name, value) -> figures.put("freshness_" + name, value));
        return new Row("8", "Two replicas: batch ingest and freshness spread over both",
                figures, "ingest " + ingest.result() + "; freshness " + fresh.result(),
                "freshness p99 ≤ 100 ms", fresh.verdict(),
                "ingest: " + ingest.note() + " (CPU figures: the first replica only); freshness: " + fresh.note()
                        + " (projector figures: the first replica's)");
    }
}
