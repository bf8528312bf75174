package io.mezasu.measurement.projection;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.measurement.events.MeasurementEvents;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the measurement projection from the topic into empty tables, then evaluates every target once
 * from the result (evaluation versions are the append-only record of what was announced: a version is added
 * only where the rebuilt state differs). One thread reads and parses, two write (see {@link Writers}). It holds the
 * projection lock, so the live consumer waits; events it re-delivers afterwards are already applied and change
 * nothing, and it then moves past the rest ({@link MeasurementProjector#skipTo}). The replay reads with its own
 * group-less consumer, up to the end offsets seen at the start.
 */
@ApplicationScoped
public class MeasurementReplay {

    private static final Logger LOG = Logger.getLogger(MeasurementReplay.class);
    private static final int CHUNK = 10_000;

    /** What a replay did. */
    public record Result(long events, long applied, long unreadable, long millis) {
    }

    private final ProjectionService projection;
    private final MeasurementProjector projector;
    private final MeasurementEvents events;
    private final MeasurementConfig config;
    private final Clock clock;
    private final String bootstrapServers;

    public MeasurementReplay(ProjectionService projection, MeasurementProjector projector, MeasurementEvents events,
            MeasurementConfig config, Clock clock, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projection = projection;
        this.projector = projector;
        this.events = events;
        this.config = config;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    public Result rebuild() {
        long started = System.nanoTime();
        try (ProjectionLock.Held held = projection.lock().exclusive();
                KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            refuseIfTruncated(consumer.beginningOffsets(partitions));
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            projection.startReplay();
            // Reading and parsing the next chunk overlaps with writing this one: the reader owns the consumer.
            Reader reader = new Reader(consumer, end);
            Thread thread = new Thread(reader, "replay-reader");
            thread.start();
            long waited = 0;
            long analyzeAt = 2L * CHUNK; // then at each doubling: a handful of ANALYZEs for a million events
            ReplayedInEffect inEffect = new ReplayedInEffect(config.replayInEffectLimitOrHeapShare());
            Writers writers = new Writers(inEffect);
            try {
                long read = 0;
                while (true) {
                    long t = System.nanoTime();
                    Chunk chunk = reader.next();
                    waited += System.nanoTime() - t;
                    if (chunk == null) {
                        break;
                    }
                    writers.submit(chunk.changes());
                    read += chunk.changes().size();
                    if (read >= analyzeAt) {
                        projection.refreshStatistics();
                        analyzeAt *= 2;
                    }
                }
                writers.awaitAll();
            } finally {
                writers.shutdown();
                thread.interrupt(); // a no-op after a complete read; stops it after a failed write
                joinQuietly(thread);
            }
            long applied = writers.applied;
            long written = System.nanoTime();
            boolean inMemory = inEffect.complete();
            projection.finishReplay(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), inEffect);
            projector.skipTo(end);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("replayed %d measurement events (%d took effect, %d unreadable) in %d ms: the writer waited %d ms "
                    + "for the reader; evaluating every target took %d ms (%s)", reader.total, applied,
                    reader.unreadable, millis, waited / 1_000_000, (System.nanoTime() - written) / 1_000_000,
                    inMemory ? "from the changes the replay applied" : "read back from the tables: too many to keep");
            return new Result(reader.total, applied, reader.unreadable, millis);
        } finally {
            projection.abortReplay();
        }
    }

    /**
     * A replay empties the tables and rebuilds them from the topic, so a topic that no longer starts at offset 0
     * (retention or deleteRecords removed its oldest events) would silently lose those measurements: refused,
     * before anything is emptied.
     */
    static void refuseIfTruncated(Map<TopicPartition, Long> firstOffsets) {
        List<String> truncated = firstOffsets.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(TopicPartition::partition)))
                .map(e -> e.getKey().partition() + ":" + e.getValue()).toList();
        if (!truncated.isEmpty()) {
            throw new ProblemException(ProblemType.LOG_INCOMPLETE, Text.of("replay.log-incomplete",
                    "partitions", String.join(", ", truncated)));
        }
    }

    /**
     * Two writers, each with its own connection and transactions, so PostgreSQL works on two chunks at once. A
     * measurement always goes to the same writer, which applies its changes in topic order; at most two chunks wait.
     * The changes that took effect are collected here, on the replay's thread, in chunk order, into {@code inEffect}.
     */
    private final class Writers {
        private static final int COUNT = 2;
        private final List<ExecutorService> threads = new ArrayList<>();
        private final ArrayDeque<List<Future<List<MeasurementChange>>>> inFlight = new ArrayDeque<>();
        private final ReplayedInEffect inEffect;
        private long applied;

        Writers(ReplayedInEffect inEffect) {
            this.inEffect = inEffect;
            for (int i = 0; i < COUNT; i++) {
                String name = "replay-writer-" + i;
                threads.add(Executors.newSingleThreadExecutor(r -> new Thread(r, name)));
            }
        }

        void submit(List<MeasurementChange> chunk) {
            List<List<MeasurementChange>> parts = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                parts.add(new ArrayList<>(chunk.size() / COUNT + 1));
            }
            chunk.forEach(c -> parts.get(Math.floorMod(c.measurementId().hashCode(), COUNT)).add(c));
            List<Future<List<MeasurementChange>>> futures = new ArrayList<>();
            for (int i = 0; i < COUNT; i++) {
                List<MeasurementChange> part = parts.get(i);
                futures.add(threads.get(i).submit(() -> projection.applyReplayed(part)));
            }
            inFlight.add(futures);
            while (inFlight.size() > 2) {
                collect(inFlight.poll());
            }
        }

        void awaitAll() {
            while (!inFlight.isEmpty()) {
                collect(inFlight.poll());
            }
        }

        private void collect(List<Future<List<MeasurementChange>>> futures) {
            for (Future<List<MeasurementChange>> future : futures) {
                try {
                    List<MeasurementChange> effective = future.get();
                    applied += effective.size();
                    inEffect.apply(effective);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("writing a replayed chunk failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("replay interrupted", e);
                }
            }
        }

        void shutdown() {
            threads.forEach(ExecutorService::shutdownNow);
            for (ExecutorService t : threads) {
                try {
                    t.awaitTermination(1, TimeUnit.MINUTES); // a failed replay's other writer finishes its chunk
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Parsed changes, in topic order per partition. */
    private record Chunk(List<MeasurementChange> changes) {
    }

    /** Polls up to the end offsets seen at the start and hands over parsed chunks; at most two wait at a time. */
    private final class Reader implements Runnable {
        private static final Chunk END = new Chunk(List.of());
        private final KafkaConsumer<String, String> consumer;
        private final Map<TopicPartition, Long> end;
        private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        private volatile RuntimeException failure;
        private long total;
        private long unreadable;

        Reader(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
            this.consumer = consumer;
            this.end = end;
        }

        @Override
        public void run() {
            try {
                List<MeasurementChange> chunk = new ArrayList<>(CHUNK);
                while (!reached(consumer, end)) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        total++;
                        try {
                            chunk.add(events.read(record.value()));
                        } catch (RuntimeException e) {
                            unreadable++; // already quarantined by the live consumer
                        }
                        if (chunk.size() == CHUNK) {
                            chunks.put(new Chunk(chunk));
                            chunk = new ArrayList<>(CHUNK);
                        }
                    }
                }
                chunks.put(new Chunk(chunk));
                chunks.put(END);
            } catch (InterruptedException | org.apache.kafka.common.errors.InterruptException e) {
                Thread.currentThread().interrupt(); // the writer gave up
            } catch (RuntimeException e) {
                failure = e;
                try {
                    chunks.put(END); // the writer drains what is queued, then sees the failure
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The next chunk, or null after the last; rethrows what stopped the reading. */
        Chunk next() {
            try {
                Chunk chunk = chunks.take();
                if (chunk == END) {
                    if (failure != null) {
                        throw new IllegalStateException("reading the measurements topic failed", failure);
                    }
                    return null;
                }
                return chunk;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("replay interrupted", e);
            }
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20000");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
