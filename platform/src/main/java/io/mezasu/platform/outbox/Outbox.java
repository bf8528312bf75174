package io.mezasu.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.platform.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction and wakes the relay once that
 * transaction has committed, so events usually leave within milliseconds; the relay's poll is
 * only the safety net for a crash between commit and send.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            Clock clock) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(String topic, String key, CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.recordKey = key;
        row.eventType = event.type();
        row.payload = write(event);
        row.createdAt = OffsetDateTime.now(clock);
        row.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return row;
    }

    private String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CloudEvent cannot be serialized", e);
        }
    }
}
