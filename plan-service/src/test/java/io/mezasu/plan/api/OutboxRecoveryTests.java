package io.mezasu.plan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A crash between commit and relay leaves a committed, unsent outbox row and nothing in memory.
 * The row alone must be enough: the relay's poll delivers it and marks it sent.
 */
@QuarkusTest
class OutboxRecoveryTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedButUnsentEventIsDeliveredByTheRelay() throws Exception {
        UUID id = UUID.randomUUID();
        String key = "crashed-" + id;
        String payload = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"io.mezasu.test.v1\"}";
        try (PlanEvents events = PlanEvents.listen()) {
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO outbox_event (id, topic, record_key, event_type, payload, created_at) "
                            + "VALUES (?, ?, ?, 'io.mezasu.test.v1', ?, now())")) {
                insert.setObject(1, id);
                insert.setString(2, PlanEvents.TOPIC);
                insert.setString(3, key);
                insert.setString(4, payload);
                insert.executeUpdate();
            }

            assertEquals(id.toString(), events.awaitFor(key, Duration.ofSeconds(20)).get("id").asText());
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(id) != null);
        assertTrue(sentAt(id) != null);
    }

    private Object sentAt(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT sent_at FROM outbox_event WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }
}
