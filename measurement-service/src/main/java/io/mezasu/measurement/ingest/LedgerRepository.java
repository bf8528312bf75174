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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * Decides and records every entry in ONE statement (an upsert that returns the decision), where it took an
     * insert, a locked select and an update. Rows go in (source, source id) order, so two batches lock the refs
     * they share in the same order and cannot deadlock. A ref another transaction is writing waits for it, then is
     * decided against what that transaction committed: of two concurrent first submissions one is new and the other
     * a correction (or identical), never both new. An identical entry is not written (not returned); a ref of
     * another target is "updated" to itself, so it comes back with its owner and the caller rolls the batch back.
     * {@code xmax = 0} marks a row this statement inserted (a row it updated carries the lock it took): the
     * usual PostgreSQL idiom before 18's {@code RETURNING old}.
     */
    public Map<SourceRef, LedgerDecision> record(List<LedgerEntry> entries, Instant now) {
        String sameTarget = "l.plan_key = EXCLUDED.plan_key AND l.target_code = EXCLUDED.target_code";
        String sql = "INSERT INTO measurement_ledger AS l (" + COLUMNS + ", updated_at) "
                + "SELECT s, i, m, p, t, h, false, ? FROM unnest(?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[]) "
                + "AS x(s, i, m, p, t, h) ORDER BY s, i "
                + "ON CONFLICT (source, source_id) DO UPDATE SET "
                + "content_hash = CASE WHEN " + sameTarget + " THEN EXCLUDED.content_hash ELSE l.content_hash END, "
                + "retracted = CASE WHEN " + sameTarget + " THEN false ELSE l.retracted END, "
                + "updated_at = CASE WHEN " + sameTarget + " THEN EXCLUDED.updated_at ELSE l.updated_at END "
                + "WHERE NOT (" + sameTarget + ") OR l.retracted OR l.content_hash <> EXCLUDED.content_hash "
                + "RETURNING source, source_id, plan_key, target_code, xmax = 0";
        Map<SourceRef, LedgerDecision.Upserted> rows = new HashMap<>();
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
                    rows.put(new SourceRef(rs.getString(1), rs.getString(2)),
                            new LedgerDecision.Upserted(rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger upsert failed", e);
        }
        Map<SourceRef, LedgerDecision> decisions = new HashMap<>();
        entries.forEach(e -> decisions.put(e.ref(), LedgerDecision.fromUpsert(e, rows.get(e.ref()))));
        return decisions;
    }

    /** What a dry run would decide, from the entries as they stand; reads only, locks nothing. */
    public Map<SourceRef, LedgerDecision> preview(List<LedgerEntry> entries) {
        Map<SourceRef, LedgerEntry> existing = find(entries.stream().map(LedgerEntry::ref).toList());
        Map<SourceRef, LedgerDecision> decisions = new HashMap<>();
        entries.forEach(e -> decisions.put(e.ref(), LedgerDecision.compare(e, existing.get(e.ref()))));
        return decisions;
    }

    private Map<SourceRef, LedgerEntry> find(Collection<SourceRef> refs) {
        Map<SourceRef, LedgerEntry> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        String sql = "SELECT " + COLUMNS + " FROM measurement_ledger WHERE (source, source_id) IN "
                + "(SELECT * FROM unnest(?::text[], ?::text[]))";
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

    /** Records the new state of existing entries (a retraction, decided under {@link #lockById}). */
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
