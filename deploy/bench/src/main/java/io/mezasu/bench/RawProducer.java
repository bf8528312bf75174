package io.mezasu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain KafkaProducer loop: acks=all, idempotence on, the service's own linger and in-flight settings.
 * The baseline writes to {@value #RAW_TOPIC}, created with the partition count of the measurements topic, so the
 * live projector does not consume the copies (and they do not count in the replay).
 */
final class RawProducer {

    static final String RAW_TOPIC = "mezasu.bench.raw";

    /** @param cpuSeconds this JVM's CPU (producer and broker) during the timed send */
    record Result(long events, long avgBytes, double seconds, String topic, int partitions, double cpuSeconds) {
        double rate() {
            return events / seconds;
        }
    }

    private RawProducer() {
    }

    /** With {@code warmUp}, a tenth of the events is sent once, untimed, first: the service side is warmed up too. */
    static Result baseline(Bench bench, int events, boolean warmUp) throws Exception {
        int partitions;
        try (Admin admin = bench.admin()) {
            TopicDescription measurements = admin.describeTopics(List.of(Bench.MEASUREMENTS_TOPIC))
                    .allTopicNames().get().get(Bench.MEASUREMENTS_TOPIC);
            partitions = measurements.partitions().size();
            try {
                admin.createTopics(List.of(new NewTopic(RAW_TOPIC, partitions, (short) 1))).all().get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        List<EventTemplates.Event> copies = new ArrayList<>(events);
        long bytes = 0;
        for (long i = 0; i < events; i++) {
            EventTemplates.Event event = bench.templates.copy(i, "raw");
            copies.add(event);
            bytes += event.value().length;
        }
        if (warmUp) {
            send(bench.bootstrapServers(), RAW_TOPIC, copies.subList(0, events / 10), Map.of(
                    ProducerConfig.LINGER_MS_CONFIG, "2"));
        }
        double cpu0 = CpuTime.self();
        double seconds = send(bench.bootstrapServers(), RAW_TOPIC, copies, Map.of(
                ProducerConfig.LINGER_MS_CONFIG, "2"));
        return new Result(events, bytes / events, seconds, RAW_TOPIC, partitions, CpuTime.self() - cpu0);
    }

    /** Sends every event and waits for the last acknowledgement; seconds from first send to flush. */
    static double send(String bootstrapServers, String topic, List<EventTemplates.Event> events,
            Map<String, String> extra) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.putAll(extra);
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> first = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.partitionsFor(topic); // metadata before the clock starts
            long t0 = System.nanoTime();
            for (EventTemplates.Event event : events) {
                producer.send(new ProducerRecord<>(topic, null, event.key(), event.value(), event.headers()),
                        (metadata, e) -> {
                            if (e != null) {
                                failed.incrementAndGet();
                                first.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " sends failed", first.get());
            }
            return seconds;
        }
    }
}
