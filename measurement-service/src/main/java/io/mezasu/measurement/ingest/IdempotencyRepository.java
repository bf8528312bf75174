package io.mezasu.measurement.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Idempotency-Key records: claimed first, completed with the response, in the request's transaction. */
@ApplicationScoped
public class IdempotencyRepository {

    /** The answer first given for a key, and a hash of the request that got it. */
    public record Stored(String requestHash, UUID measurementId, String outcome) {
    }

    private final AgroalDataSource dataSource;

    public IdempotencyRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the key; false if it was already used. A concurrent claim waits for the first
     * transaction, so the loser sees the completed response, never a half-done one.
     */
    public boolean claim(String subject, String key, String requestHash, Instant now) {
        String sql = "INSERT INTO idempotency_key (subject, key, request_hash, created_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, subject);
            ps.setString(2, key);
            ps.setString(3, requestHash);
            ps.setTimestamp(4, Timestamp.from(now));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency claim failed", e);
        }
    }

    public Optional<Stored> find(String subject, String key) {
        String sql = "SELECT request_hash, measurement_id, outcome FROM idempotency_key WHERE subject = ? AND key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, subject);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency read failed", e);
        }
    }

    public void complete(String subject, String key, UUID measurementId, String outcome) {
        String sql = "UPDATE idempotency_key SET measurement_id = ?, outcome = ? WHERE subject = ? AND key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, measurementId);
            ps.setString(2, outcome);
            ps.setString(3, subject);
            ps.setString(4, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency update failed", e);
        }
    }
}
