package io.mezasu.platform.outbox;

import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.ChannelProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, sent
 * with acks=all and an idempotent producer (channel "outbox"), and marked sent only after Kafka
 * acknowledged them, in the same transaction that claimed them. A crash after the ack but before
 * the commit sends the row again: consumers deduplicate by CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final ChannelProducer producer;
    private final EntityManager em;
    private final Clock clock;
    private final Duration sendTimeout;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** The emitter is never called: it declares the "outbox" channel, whose Kafka producer sends (ChannelProducer). */
    public OutboxRelay(@Channel("outbox") Emitter<String> channel, KafkaClientService clients, EntityManager em,
            Clock clock, @ConfigProperty(name = "mezasu.outbox.send-timeout", defaultValue = "30s") Duration sendTimeout) {
        this.producer = new ChannelProducer(clients, "outbox");
        this.em = em;
        this.clock = clock;
        this.sendTimeout = sendTimeout;
    }

    /** Asks for a relay pass soon; passes never overlap and a burst of wake-ups collapses into one. */
    public void wakeUp() {
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(() -> {
                scheduled.set(false);
                relayPending();
            });
        }
    }

    // The delay lets Reactive Messaging wire the "outbox" channel before the first tick creates this bean.
    @Scheduled(every = "${mezasu.outbox.poll-interval:2s}", delayed = "${mezasu.outbox.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Relays everything pending; returns how many events went out. Failures leave rows for the next pass. */
    public int relayPending() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += sent;
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
        return total;
    }

    private int relayBatch() {
        List<OutboxEvent> pending = em.createQuery(
                "from OutboxEvent where sentAt is null order by createdAt", OutboxEvent.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED: other instances take the rest
                .setMaxResults(BATCH)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        pending.forEach(row -> row.attempts++);
        producer.sendAll(pending.stream().map(OutboxRelay::record).toList(), sendTimeout);
        OffsetDateTime now = OffsetDateTime.now(clock);
        pending.forEach(row -> row.sentAt = now);
        return pending.size();
    }

    private static ProducerRecord<String, String> record(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, null, row.recordKey, row.payload,
                new RecordHeaders());
        record.headers().add("content-type", CONTENT_TYPE);
        return record;
    }
}
