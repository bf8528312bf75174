package io.mezasu.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The live projector's lag (consumer group measurement-service.projection on the measurements topic). */
final class Projection {

    static final String GROUP = "measurement-service.projection";

    private Projection() {
    }

    static long lag(Bench bench) throws Exception {
        try (Admin admin = bench.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(Bench.MEASUREMENTS_TOPIC)).allTopicNames()
                    .get().get(Bench.MEASUREMENTS_TOPIC).partitions().stream()
                    .map(p -> new TopicPartition(Bench.MEASUREMENTS_TOPIC, p.partition())).toList();
            Map<TopicPartition, Long> end = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata c = committed.get(p);
                lag += end.get(p) - (c == null ? 0 : c.offset());
            }
            return lag;
        }
    }

    /** Waits (at most 3 min) until the projector has consumed everything; says how long that took. */
    static String awaitCaughtUp(Bench bench, String when) throws Exception {
        long t0 = System.nanoTime();
        long first = lag(bench);
        long lag = first;
        long deadline = t0 + Duration.ofMinutes(3).toNanos();
        while (lag > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            lag = lag(bench);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        String text = String.format("Projector lag %s: %,d events, %s after %.1f s", when, first,
                lag == 0 ? "caught up" : "still " + lag, s);
        Bench.log(text);
        return text + (first > 0 && lag == 0 && s > 1 ? String.format(" (%,.0f events/s)", first / s) : "") + ".";
    }
}
