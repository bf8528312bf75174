package io.mezasu.measurement.ingest;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.domain.measurement.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The ingest ledger, in plain JDBC because a 10,000-row batch must be a handful of statements, not
 * 10,000 entity round trips. Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class LedgerRepository {

    private static final String COLUMNS = "source, source_id, measurement_id, plan_key, target_code, content_hash, retracted";

    private final AgroalDataSource dataSource;

    public LedgerRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the entries whose (source, source id) is new and returns their refs; the others are left
     * as they are. A concurrent insert of the same ref waits for the other transaction, then counts as
     * existing, so two requests can never both claim one measurement as new.
     */
    public Set<SourceRef> insertNew(List<LedgerEntry> entries, Instant now) {
        Set<SourceRef> inserted = new HashSet<>();
        String sql = "INSERT INTO measurement_ledger (" + COLUMNS + ", updated_at) "
                + "SELECT s, i, m, p, t, h, false, ? FROM unnest(?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[]) "
                + "AS x(s, i, m, p, t, h) ON CONFLICT DO NOTHING RETURNING source, source_id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, text(c, entries.stream().map(e -> e.ref().source()).toList()));
            ps.setArray(3, text(c, entries.stream().map(e -> e.ref().sourceId()).toList()));
            ps.setArray(4, c.createArrayOf("uuid", entries.stream().map(LedgerEntry::measurementId).toArray()));
            ps.setArray(5, text(c, entries.stream().map(LedgerEntry::plan).toList()));
            ps.setArray(6, text(c, entries.stream().map(LedgerEntry::target).toList()));
            ps.setArray(7, text(c, entries.stream().map(LedgerEntry::contentHash).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(new SourceRef(rs.getString(1), rs.getString(2)));
                }
            }
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger insert failed", e);
        }
    }

    /** The current entries for these refs; with {@code lock}, held FOR UPDATE until the transaction ends. */
    public Map<SourceRef, LedgerEntry> find(Collection<SourceRef> refs, boolean lock) {
        Map<SourceRef, LedgerEntry> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        String sql = "SELECT " + COLUMNS + " FROM measurement_ledger WHERE (source, source_id) IN "
                + "(SELECT * FROM unnest(?::text[], ?::text[]))" + (lock ? " FOR UPDATE" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, text(c, refs.stream().map(SourceRef::source).toList()));
            ps.setArray(2, text(c, refs.stream().map(SourceRef::sourceId).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LedgerEntry entry = entry(rs);
                    found.put(entry.ref(), entry);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    public Optional<LedgerEntry> lockById(UUID measurementId) {
        String sql = "SELECT " + COLUMNS + " FROM measurement_ledger WHERE measurement_id = ? FOR UPDATE";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, measurementId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger read failed", e);
        }
    }

    /** Records the new state of existing entries (a correction, a retraction, a reinstatement). */
    public void update(List<LedgerEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        String sql = "UPDATE measurement_ledger SET content_hash = ?, retracted = ?, updated_at = ? "
                + "WHERE source = ? AND source_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (LedgerEntry e : entries) {
                ps.setString(1, e.contentHash());
                ps.setBoolean(2, e.retracted());
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setString(4, e.ref().source());
                ps.setString(5, e.ref().sourceId());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger update failed", e);
        }
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(new SourceRef(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7));
    }

    private static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", new ArrayList<>(values).toArray());
    }
}
