package io.mezasu.measurement.projection;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.measurement.events.DeadLetters;
import io.mezasu.measurement.events.MeasurementEvents;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The live projector: one thread and one consumer (group {@code measurement-service.projection}) that polls,
 * projects everything the poll returned in one transaction, commits the offsets and polls again. A batch is
 * therefore whatever arrived while the previous one was written: a request's worth when the projector keeps up, up
 * to {@code max.poll.records} when it falls behind. (A Reactive Messaging batch channel polls ahead of the work and
 * queues every poll as a batch of its own; at 200 measurements/s that queue of small batches, not the work, made most
 * of the latency.) Offsets are committed only after the projection committed; after a failure the same records are
 * read again, after a pause, and the projection's idempotence makes that harmless. A record that cannot be read goes
 * to the dead-letter topic with its reason and the rest of the batch goes on.
 */
@ApplicationScoped
public class MeasurementProjector {

    private static final Logger LOG = Logger.getLogger(MeasurementProjector.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    /** How long a drain poll waits for the fetch it sends: a local broker answers well within it. */
    private static final Duration DRAIN_WAIT = Duration.ofMillis(3);

    private final ProjectionService projection;
    private final MeasurementEvents events;
    private final DeadLetters deadLetters;
    private final MeasurementConfig config;
    private final String bootstrapServers;
    private final Timer batchTime;
    private final DistributionSummary batchSize;
    private final Timer lag;
    private volatile boolean running;
    private volatile String lastFailure;
    /** Where a finished replay stopped reading: the loop moves forward to it (see {@link #skipTo}). */
    private volatile Map<TopicPartition, Long> replayedTo;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;

    public MeasurementProjector(ProjectionService projection, MeasurementEvents events,
            DeadLetters deadLetters, MeasurementConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.projection = projection;
        this.events = events;
        this.deadLetters = deadLetters;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.batchTime = Timer.builder("mezasu.projector.batch.duration")
                .description("Time to project one batch, evaluations included").publishPercentiles(0.5, 0.99)
                .register(registry);
        this.batchSize = DistributionSummary.builder("mezasu.projector.batch.size")
                .description("Records per projected batch").publishPercentiles(0.5, 0.99).register(registry);
        this.lag = Timer.builder("mezasu.projector.lag")
                .description("From a record's append to the measurements topic until its projection committed")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void start(@Observes StartupEvent event) {
        consumer = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this::run, "measurement-projector");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            consumer.wakeup(); // ends a poll or commit
            thread.interrupt(); // ends a back-off pause
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Null while batches go through; otherwise why the last one failed (it is being retried). */
    public String lastFailure() {
        return lastFailure;
    }

    /**
     * Called after a replay that read every partition up to {@code offsets} (exclusive). Everything before them is in
     * the projection now, so the loop moves its position (and its committed offsets) forward to them instead of
     * reading it all again as no-ops: after a replay of a million events that were still waiting, that re-reading took
     * tens of seconds during which new measurements waited behind it.
     */
    public void skipTo(Map<TopicPartition, Long> offsets) {
        replayedTo = Map.copyOf(offsets); // taken up before the next poll, at most one poll (500 ms) away
    }

    public boolean alive() {
        return thread != null && thread.isAlive();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        try (KafkaConsumer<String, String> owned = consumer) {
            owned.subscribe(List.of(config.topic()));
            while (running) {
                skipReplayed();
                List<ConsumerRecord<String, String>> records = drain(consumer.poll(Duration.ofMillis(500)));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    project(records);
                    consumer.commitSync(nextOffsets(records));
                    lastFailure = null;
                    backoff = Duration.ofMillis(100);
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (!running) {
                        break; // stopping mid-batch: the offsets stay where they were, the batch is read again
                    }
                    lastFailure = e.toString();
                    LOG.errorf(e, "projecting %d measurement event(s) failed; reading them again in %d ms",
                            records.size(), backoff.toMillis());
                    rewind(records);
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException | org.apache.kafka.common.errors.InterruptException e) {
            // stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            lastFailure = e.toString();
            LOG.error("the measurement projector stopped", e);
        }
    }

    /**
     * The first poll's records plus whatever the broker already holds. A poll returns what the fetch sent by the
     * previous poll brought back, which is often only the first record that arrived after it; the records that
     * arrived while the last batch was written come with the next fetch, a couple of milliseconds away.
     */
    private List<ConsumerRecord<String, String>> drain(ConsumerRecords<String, String> first) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(first.count());
        first.forEach(records::add);
        while (!records.isEmpty() && records.size() < config.projectorMaxPollRecords()) {
            ConsumerRecords<String, String> more = consumer.poll(DRAIN_WAIT);
            if (more.isEmpty()) {
                break;
            }
            more.forEach(records::add);
        }
        return records;
    }

    private void project(List<ConsumerRecord<String, String>> records) {
        long started = System.nanoTime();
        List<MeasurementChange> changes = new ArrayList<>(records.size());
        List<Uni<Void>> quarantined = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                changes.add(events.read(record.value()));
            } catch (RuntimeException e) {
                LOG.warnf("measurement event at %s-%d@%d is unreadable, sent to the dead-letter topic: %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                quarantined.add(deadLetters.send(config.deadLetterTopic(), new DeadLetters.Origin(record.topic(),
                        record.partition(), record.offset(), record.key()), record.value(), e.getMessage()));
            }
        }
        projection.apply(changes);
        if (!quarantined.isEmpty()) {
            Uni.join().all(quarantined).andFailFast().await().atMost(Duration.ofSeconds(30));
        }
        long now = System.currentTimeMillis();
        batchTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        batchSize.record(records.size());
        for (ConsumerRecord<String, String> record : records) {
            lag.record(Math.max(0, now - record.timestamp()), TimeUnit.MILLISECONDS);
        }
    }

    /** Only forward, and only on partitions this consumer owns; an owner elsewhere has its own position. */
    private void skipReplayed() {
        Map<TopicPartition, Long> offsets = replayedTo;
        if (offsets == null) {
            return;
        }
        replayedTo = null;
        Map<TopicPartition, OffsetAndMetadata> skipped = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (consumer.assignment().contains(partition) && consumer.position(partition) < offset) {
                consumer.seek(partition, offset);
                skipped.put(partition, new OffsetAndMetadata(offset));
            }
        });
        if (skipped.isEmpty()) {
            return;
        }
        LOG.infof("skipped to where the replay stopped: %s", skipped);
        try {
            consumer.commitSync(skipped);
        } catch (WakeupException e) {
            throw e;
        } catch (org.apache.kafka.common.KafkaException e) {
            // e.g. a rebalance under way: the position moved all the same, and the next batch's commit carries it
            LOG.warnf("could not commit the skipped offsets yet: %s", e.toString());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) { // in offset order within a partition
            offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        return offsets;
    }

    /** Back to the first record of the failed batch, on every partition this consumer still owns. */
    private void rewind(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        records.forEach(r -> first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        first.forEach((partition, offset) -> {
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.projectorGroup());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "measurement-projector");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.projectorMaxPollRecords()));
        return props;
    }
}
