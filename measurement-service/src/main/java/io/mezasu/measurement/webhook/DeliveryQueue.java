package io.mezasu.measurement.webhook;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.evaluation.EvaluationsAnnounced.Announced;
import io.mezasu.measurement.webhook.WebhookViews.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code webhook_delivery} table, in JDBC: rows queued with the evaluation, claimed by dispatchers on any
 * replica ({@code FOR UPDATE SKIP LOCKED} plus a lease), and their outcomes. Times are the database's, so
 * replicas agree on what is due.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** One claimed delivery, with what is needed to send it. */
    public record Claimed(UUID id, int attempt, String eventType, String payload, String url, String secret) {
    }

    // One statement per announced batch: every (event, matching subscription) pair, in announcement order.
    private static final String ENQUEUE = """
            INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, target_code, payload, status,
                                          next_attempt_at, created_at)
            SELECT gen_random_uuid(), s.id, e.event_id, e.type, e.target, e.payload, 'PENDING', now(), now()
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS e(event_id, type, plan, target, payload, n)
            JOIN webhook_subscription s ON s.plan_key = e.plan AND e.type = ANY (s.types)
                 AND (s.target_code IS NULL OR s.target_code = e.target)
            ORDER BY e.n, s.id
            ON CONFLICT (subscription_id, event_id) DO NOTHING""";

    // The oldest due head of a (subscription, target) queue: its lowest PENDING seq. A row being sent stays PENDING
    // under its lease, so the next one for its pair waits for it (per-target order). The heads come from one pass
    // over the pair index (DISTINCT ON), not a lookup per pending row: with 22,000 rows queued behind heads in
    // backoff that is about 5 ms instead of 200-350 ms per claim (docs/architecture.md, "Webhooks").
    // The outer UPDATE states the claimable conditions again: in READ COMMITTED, PostgreSQL re-checks an UPDATE's
    // own WHERE against the row as a concurrent transaction left it, while the locking subquery's choice, joined to
    // a snapshot of the heads, can still name a row that another worker claimed (or dead-lettered) a moment before.
    // Without the guard two workers sent the same attempt, and a dead delivery counted one attempt more than allowed.
    private static final String CLAIM = """
            UPDATE webhook_delivery d SET lease_until = now() + make_interval(secs => ?), attempts = d.attempts + 1
            FROM webhook_subscription s
            WHERE s.id = d.subscription_id AND d.status = 'PENDING' AND d.next_attempt_at <= now()
              AND (d.lease_until IS NULL OR d.lease_until < now()) AND d.seq = (
                SELECT c.seq FROM webhook_delivery c
                JOIN (SELECT DISTINCT ON (subscription_id, target_code) seq FROM webhook_delivery
                      WHERE status = 'PENDING' ORDER BY subscription_id, target_code, seq) head ON head.seq = c.seq
                WHERE c.next_attempt_at <= now() AND (c.lease_until IS NULL OR c.lease_until < now())
                ORDER BY c.next_attempt_at, c.seq LIMIT 1
                FOR UPDATE OF c SKIP LOCKED)
            RETURNING d.id, d.attempts, d.event_type, d.payload, s.url, s.secret""";

    private static final String DELIVERY_COLUMNS = "id, event_id, event_type, target_code, status, attempts, "
            + "last_status, last_error, created_at, next_attempt_at, finished_at";

    private final AgroalDataSource dataSource;

    public DeliveryQueue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** In the caller's transaction; returns how many deliveries were queued. */
    public int enqueue(List<Announced> events) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ENQUEUE)) {
            ps.setArray(1, c.createArrayOf("uuid", events.stream().map(Announced::eventId).toArray()));
            ps.setArray(2, c.createArrayOf("text", events.stream().map(Announced::type).toArray()));
            ps.setArray(3, c.createArrayOf("text", events.stream().map(Announced::plan).toArray()));
            ps.setArray(4, c.createArrayOf("text", events.stream().map(Announced::target).toArray()));
            ps.setArray(5, c.createArrayOf("text", events.stream().map(Announced::payload).toArray()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue webhook deliveries", e);
        }
    }

    /** The next due delivery, leased to the caller for {@code lease}; empty when nothing is due. */
    public Optional<Claimed> claim(Duration lease) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setDouble(1, lease.toMillis() / 1000.0);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Claimed(r.getObject("id", UUID.class), r.getInt("attempts"),
                        r.getString("event_type"), r.getString("payload"), r.getString("url"), r.getString("secret")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a webhook delivery", e);
        }
    }

    public void delivered(UUID id, int status) {
        execute("UPDATE webhook_delivery SET status = 'DELIVERED', lease_until = NULL, last_status = ?, "
                + "last_error = NULL, finished_at = now() WHERE id = ?", status, id);
    }

    /** Pending again after {@code wait}; {@code status} null when no answer came. */
    public void retryLater(UUID id, Integer status, String error, Duration wait) {
        execute("UPDATE webhook_delivery SET lease_until = NULL, last_status = ?, last_error = ?, "
                + "next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?", status, error,
                wait.toMillis() / 1000.0, id);
    }

    /** Dead-lettered: no further attempt unless someone asks to redeliver it. */
    public void dead(UUID id, Integer status, String error) {
        execute("UPDATE webhook_delivery SET status = 'DEAD', lease_until = NULL, last_status = ?, last_error = ?, "
                + "finished_at = now() WHERE id = ?", status, error, id);
    }

    /** A DEAD delivery queued again with fresh attempts; false when it is not DEAD (or not there). */
    public boolean redeliver(UUID subscription, UUID id) {
        return execute("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(), "
                + "finished_at = NULL WHERE id = ? AND subscription_id = ? AND status = 'DEAD'", id, subscription) == 1;
    }

    public Optional<Delivery> find(UUID subscription, UUID id) {
        return read("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE subscription_id = ? AND id = ?",
                subscription, id).stream().findFirst();
    }

    /** Newest first; {@code status} null means any. */
    public List<Delivery> page(UUID subscription, String status, int page, int size) {
        String sql = "SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE subscription_id = ?"
                + (status == null ? "" : " AND status = ?") + " ORDER BY seq DESC LIMIT ? OFFSET ?";
        return status == null ? read(sql, subscription, size, (long) page * size)
                : read(sql, subscription, status, size, (long) page * size);
    }

    public long count(UUID subscription, String status) {
        return status == null ? count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?", subscription)
                : count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND status = ?",
                        subscription, status);
    }

    /** Deliveries not yet delivered nor dead, over every subscription. */
    public long pending() {
        return count("SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'");
    }

    private int execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update webhook deliveries", e);
        }
    }

    private long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count webhook deliveries", e);
        }
    }

    private List<Delivery> read(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Delivery> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(delivery(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read webhook deliveries", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        // A null goes as an untyped parameter: PostgreSQL takes the column's type.
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private static Delivery delivery(ResultSet r) throws SQLException {
        return new Delivery(r.getObject("id", UUID.class), r.getObject("event_id", UUID.class),
                r.getString("event_type"), r.getString("target_code"), r.getString("status"), r.getInt("attempts"),
                (Integer) r.getObject("last_status"), r.getString("last_error"),
                r.getObject("created_at", OffsetDateTime.class), r.getObject("next_attempt_at", OffsetDateTime.class),
                r.getObject("finished_at", OffsetDateTime.class));
    }
}
