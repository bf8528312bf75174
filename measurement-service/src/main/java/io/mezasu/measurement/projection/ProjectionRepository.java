package io.mezasu.measurement.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes the measurement projection (current rows and history) in JDBC batches: the projector applies
 * thousands of events per poll, and a replay millions. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProjectionRepository {

    /** The projected state of one measurement that the projector needs to order and deduplicate. */
    public record Current(UUID id, int version, boolean retracted, String contentHash) {
    }

    /** One line of the audit trail. */
    public record History(UUID eventId, UUID measurementId, int version, String change, String content,
            String contentHash, String reason, String actor, OffsetDateTime recordedAt) {
    }

    /** A measurement in effect (not retracted) for evaluation: its content and when it was last changed. */
    public record InEffect(UUID id, String target, String content, OffsetDateTime recordedAt) {
    }

    /**
     * What a batch writes: the measurements' rows after it, which of them the table already had before it (a row
     * written by another replica in between makes the batch fail and be read again), and its history lines.
     */
    record Changes(Collection<MeasurementRow> rows, Set<UUID> inTable, List<History> history) {
    }

    /** A row's values in {@link #MEASUREMENT_COLUMNS} order: what COPY and {@link LiveBatchWrite} send. */
    static Object[] values(MeasurementRow r) {
        MeasurementRow.Content m = r.content();
        MeasurementRow.LatestChange l = r.latest();
        return new Object[] {r.id(), m.plan(), m.target(), m.kind(), m.source(), m.sourceId(), m.fiscalYear(),
            m.observedOn(), l.version(), l.retracted(), l.reason(), m.json(), m.hash(), m.firstRecordedAt(),
            l.recordedAt(), l.actor(), l.eventId()};
    }

    /** A history line's values in {@link #HISTORY_COLUMNS} order. */
    static Object[] values(History h) {
        return new Object[] {h.eventId(), h.measurementId(), h.version(), h.change(), h.content(), h.contentHash(),
            h.reason(), h.actor(), h.recordedAt()};
    }

    /** From this many history lines on, a batch is written with COPY. */
    static final int BULK = 500;
    static final String MEASUREMENT_COLUMNS = "id, plan_key, target_code, kind, source, source_id, fiscal_year, "
            + "observed_on, version, retracted, retraction_reason, content, content_hash, first_recorded_at, "
            + "recorded_at, recorded_by, last_event_id";
    static final String UPSERT_SET = " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
            + "fiscal_year = excluded.fiscal_year, observed_on = excluded.observed_on, version = excluded.version, "
            + "retracted = excluded.retracted, retraction_reason = excluded.retraction_reason, "
            + "content = excluded.content, content_hash = excluded.content_hash, recorded_at = excluded.recorded_at, "
            + "recorded_by = excluded.recorded_by, last_event_id = excluded.last_event_id";
    static final String HISTORY_COLUMNS = "event_id, measurement_id, version, change, content, content_hash, "
            + "reason, actor, recorded_at";

    private final AgroalDataSource dataSource;

    public ProjectionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What a batch needs to know before applying itself: the measurements' current state, the events already
     * applied, and the stamp token of each target it names (plan → target → token; none: never written).
     */
    public record Known(Map<UUID, Current> current, Set<UUID> seenEvents, Map<String, Map<String, UUID>> stamps) {
    }

    /**
     * All three in one round trip (they were two, and the stamps one more per plan): a live batch of a few events
     * should not pay a round trip per question. {@code targets} (plan → target codes) may be empty: a replay's chunk
     * needs no stamps.
     */
    public Known known(Collection<UUID> measurementIds, Collection<UUID> eventIds, Map<String, Set<String>> targets) {
        String sql = "SELECT 1, id, version, retracted, content_hash, null, null FROM measurement WHERE id = ANY (?) "
                + "UNION ALL SELECT 2, event_id, null, null, null, null, null FROM measurement_history "
                + "WHERE event_id = ANY (?) "
                + "UNION ALL SELECT 3, token, null, null, null, plan_key, target_code FROM measurement_target_stamp "
                + "WHERE (plan_key, target_code) IN (SELECT * FROM unnest(?::text[], ?::text[]))";
        List<String> plans = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        targets.forEach((plan, targetCodes) -> targetCodes.forEach(code -> {
            plans.add(plan);
            codes.add(code);
        }));
        Known known = new Known(new HashMap<>(), new HashSet<>(), new HashMap<>());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", measurementIds.toArray()));
            ps.setArray(2, c.createArrayOf("uuid", eventIds.toArray()));
            ps.setArray(3, c.createArrayOf("text", plans.toArray()));
            ps.setArray(4, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read(rs, known);
                }
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("projection read failed", e);
        }
    }

    private static void read(ResultSet rs, Known known) throws SQLException {
        UUID id = rs.getObject(2, UUID.class);
        switch (rs.getInt(1)) {
            case 1 -> known.current().put(id, new Current(id, rs.getInt(3), rs.getBoolean(4), rs.getString(5)));
            case 2 -> known.seenEvents().add(id);
            default -> known.stamps().computeIfAbsent(rs.getString(6), p -> new HashMap<>()).put(rs.getString(7), id);
        }
    }

    /**
     * Writes a batch's rows and history, and stamps the targets it touched ({@code touched}: plan → target codes)
     * with {@code token}. A large batch (a replay, a projector catching up) goes in with COPY.
     */
    void write(Changes changes, Map<String, Set<String>> touched, UUID token) {
        List<MeasurementRow> upserts = changes.rows().stream().filter(r -> r.content() != null).toList();
        List<MeasurementRow> retractions = changes.rows().stream().filter(r -> r.content() == null).toList();
        try (Connection c = dataSource.getConnection()) {
            if (changes.history().size() >= BULK) {
                copy(c, upserts, changes);
                stamp(c, touched, token);
            } else {
                LiveBatchWrite.write(c, upserts, changes.history(), touched, token);
            }
            retract(c, retractions);
        } catch (SQLException e) {
            throw new IllegalStateException("projection write failed", e.getNextException() != null ? e.getNextException() : e);
        }
    }

    /**
     * A large batch's writes by COPY (a small one's are {@link LiveBatchWrite}): history directly, rows into a staging table and one upsert from it. A duplicate event
     * id, which the caller's check rules out unless another instance wrote it meanwhile, fails the batch, and its
     * retry then skips it.
     */
    private static void copy(Connection c, List<MeasurementRow> upserts, Changes changes) throws SQLException {
        // Rows the table does not have yet (nearly all of them in a replay) go straight in; only the others go
        // through a staging table and an upsert, which writes each ~780-byte content twice more.
        CopyRows fresh = new CopyRows();
        CopyRows stored = new CopyRows();
        for (MeasurementRow r : upserts) {
            (changes.inTable().contains(r.id()) ? stored : fresh).row(values(r));
        }
        CopyRows lines = new CopyRows();
        for (History h : changes.history()) {
            lines.row(values(h));
        }
        if (!fresh.isEmpty()) {
            fresh.copyInto(c, "measurement (" + MEASUREMENT_COLUMNS + ")");
        }
        if (!stored.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS measurement_stage (LIKE measurement)");
                stored.copyInto(c, "measurement_stage (" + MEASUREMENT_COLUMNS + ")");
                st.execute("INSERT INTO measurement (" + MEASUREMENT_COLUMNS + ") SELECT " + MEASUREMENT_COLUMNS
                        + " FROM measurement_stage" + UPSERT_SET);
                st.execute("TRUNCATE measurement_stage");
            }
        }
        lines.copyInto(c, "measurement_history (" + HISTORY_COLUMNS + ")");
    }

    /** Rows only retracted in this batch: the measurement's content stays as an earlier batch wrote it. */
    private static void retract(Connection c, List<MeasurementRow> retractions) throws SQLException {
        if (retractions.isEmpty()) {
            return;
        }
        String sql = "UPDATE measurement SET version = ?, retracted = true, retraction_reason = ?, "
                + "recorded_at = ?, recorded_by = ?, last_event_id = ? WHERE id = ?";
        try (PreparedStatement re = c.prepareStatement(sql)) {
            for (MeasurementRow r : retractions) {
                MeasurementRow.LatestChange l = r.latest();
                re.setInt(1, l.version());
                re.setString(2, l.reason());
                re.setTimestamp(3, Timestamp.from(l.recordedAt().toInstant()));
                re.setString(4, l.actor());
                re.setObject(5, l.eventId());
                re.setObject(6, r.id());
                re.addBatch();
            }
            re.executeBatch();
        }
    }

    private static void stamp(Connection c, Map<String, Set<String>> touched, UUID token) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO measurement_target_stamp (plan_key, target_code, token) SELECT ?, t, ? "
                + "FROM unnest(?::text[]) AS t ON CONFLICT (plan_key, target_code) DO UPDATE SET token = excluded.token";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, Set<String>> plan : touched.entrySet()) {
                ps.setString(1, plan.getKey());
                ps.setObject(2, token);
                ps.setArray(3, c.createArrayOf("text", plan.getValue().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Streams the measurements in effect now for these targets of a plan ({@code targets} null: all of them),
     * through a cursor, without holding them all.
     */
    public void forEachInEffect(String plan, Collection<String> targets, Consumer<InEffect> each) {
        String sql = "SELECT id, target_code, content, recorded_at FROM measurement WHERE plan_key = ? "
                + "AND NOT retracted" + targetFilter(targets);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(2_000); // a cursor, in the caller's transaction
            ps.setString(1, plan);
            bindTargets(c, ps, targets);
            readInEffect(ps, each);
        } catch (SQLException e) {
            throw new IllegalStateException("projection read failed", e);
        }
    }

    public List<InEffect> inEffect(String plan, Collection<String> targets) {
        List<InEffect> rows = new ArrayList<>();
        forEachInEffect(plan, targets, rows::add);
        return rows;
    }

    /**
     * The stamp token of each of these targets of a plan ({@code targets} null: every target ever written); a target
     * without one has never had a measurement. See V4__target_stamps.sql.
     */
    public Map<String, UUID> stamps(String plan, Collection<String> targets) {
        String sql = "SELECT target_code, token FROM measurement_target_stamp WHERE plan_key = ?" + targetFilter(targets);
        Map<String, UUID> stamps = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            bindTargets(c, ps, targets);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stamps.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            return stamps;
        } catch (SQLException e) {
            throw new IllegalStateException("projection read failed", e);
        }
    }

    /** The measurements that were in effect at {@code asOf}, by recorded time, rebuilt from the history. */
    public List<InEffect> inEffectAsOf(String plan, OffsetDateTime asOf) {
        String sql = "SELECT id, target_code, content, recorded_at FROM (SELECT DISTINCT ON (h.measurement_id) "
                + "h.measurement_id AS id, m.target_code, h.content, h.change, h.recorded_at FROM measurement_history h "
                + "JOIN measurement m ON m.id = h.measurement_id WHERE m.plan_key = ? AND h.recorded_at <= ? "
                + "ORDER BY h.measurement_id, h.version DESC) latest WHERE change <> 'RETRACTED'";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            ps.setTimestamp(2, Timestamp.from(asOf.toInstant()));
            List<InEffect> rows = new ArrayList<>();
            readInEffect(ps, rows::add);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("projection read failed", e);
        }
    }

    private static void readInEffect(PreparedStatement ps, Consumer<InEffect> each) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                each.accept(new InEffect(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant().atOffset(ZoneOffset.UTC)));
            }
        }
    }

    /** Filters on target codes when some are given; {@link #bindTargets} binds them as parameter 2. */
    private static String targetFilter(Collection<String> targets) {
        return targets == null ? "" : " AND target_code = ANY (?)";
    }

    private static void bindTargets(Connection c, PreparedStatement ps, Collection<String> targets) throws SQLException {
        if (targets != null) {
            ps.setArray(2, c.createArrayOf("text", targets.toArray()));
        }
    }

    /** A fresh token for every target that has measurements: after a replay, which writes no stamps of its own. */
    public void stampAll() {
        execute("INSERT INTO measurement_target_stamp (plan_key, target_code, token) SELECT plan_key, target_code, "
                + "gen_random_uuid() FROM (SELECT DISTINCT plan_key, target_code FROM measurement) t "
                + "ON CONFLICT (plan_key, target_code) DO UPDATE SET token = excluded.token");
    }

    /**
     * Refreshes the planner's statistics. After a TRUNCATE they say "empty", and a replay that then loads
     * hundreds of thousands of rows would have its lookups by id planned as scans of the whole table.
     */
    public void analyze() {
        execute("ANALYZE measurement, measurement_history");
    }

    /** Empties the projection before a replay rebuilds it from the topic. */
    public void truncate() {
        execute("TRUNCATE measurement, measurement_history, measurement_target_stamp");
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("projection statement failed: " + sql, e);
        }
    }
}
