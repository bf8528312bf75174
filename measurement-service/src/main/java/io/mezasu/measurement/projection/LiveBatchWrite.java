package io.mezasu.measurement.projection;

import io.mezasu.measurement.projection.ProjectionRepository.History;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A live batch's rows, history lines and target stamps as one statement: three data-modifying parts over arrays
 * (one array a column, sent as text and cast by PostgreSQL), so the batch pays one round trip where it paid three.
 * A projector batch is a few records that wait on the database's round trips more than on anything else (bench #3).
 * Every part runs to completion whether or not the statement reads its output.
 */
final class LiveBatchWrite {

    private static final String SQL = "WITH rows AS (INSERT INTO measurement (" + ProjectionRepository.MEASUREMENT_COLUMNS
            + ") SELECT r.id::uuid, r.plan, r.target, r.kind, r.source, r.source_id, r.fiscal_year::int, "
            + "r.observed_on::date, r.version::int, r.retracted::boolean, r.reason, r.content, r.hash, "
            + "r.first_recorded_at::timestamptz, r.recorded_at::timestamptz, r.actor, r.event_id::uuid "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "AS r(id, plan, target, kind, source, source_id, fiscal_year, observed_on, version, retracted, reason, "
            + "content, hash, first_recorded_at, recorded_at, actor, event_id)" + ProjectionRepository.UPSERT_SET + "), "
            + "lines AS (INSERT INTO measurement_history (" + ProjectionRepository.HISTORY_COLUMNS + ") "
            + "SELECT h.event_id::uuid, h.measurement_id::uuid, h.version::int, h.change, h.content, h.hash, h.reason, "
            + "h.actor, h.recorded_at::timestamptz FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[]) AS h(event_id, measurement_id, version, change, content, hash, "
            + "reason, actor, recorded_at) ON CONFLICT DO NOTHING) "
            + "INSERT INTO measurement_target_stamp (plan_key, target_code, token) SELECT s.plan, s.target, ?::uuid "
            + "FROM unnest(?::text[], ?::text[]) AS s(plan, target) "
            + "ON CONFLICT (plan_key, target_code) DO UPDATE SET token = excluded.token";

    private LiveBatchWrite() {
    }

    static void write(Connection c, List<MeasurementRow> upserts, List<History> history,
            Map<String, Set<String>> touched, UUID token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            int at = 1;
            for (List<String> column : rowColumns(upserts)) {
                ps.setArray(at++, c.createArrayOf("text", column.toArray()));
            }
            for (List<String> column : historyColumns(history)) {
                ps.setArray(at++, c.createArrayOf("text", column.toArray()));
            }
            ps.setString(at++, token.toString());
            List<String> plans = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            touched.forEach((plan, codes) -> codes.forEach(code -> {
                plans.add(plan);
                targets.add(code);
            }));
            ps.setArray(at++, c.createArrayOf("text", plans.toArray()));
            ps.setArray(at, c.createArrayOf("text", targets.toArray()));
            ps.executeUpdate();
        }
    }

    /** The 17 columns of {@link ProjectionRepository#MEASUREMENT_COLUMNS}, in order, one list each. */
    private static List<List<String>> rowColumns(List<MeasurementRow> upserts) {
        List<List<String>> columns = columns(17);
        upserts.forEach(r -> add(columns, ProjectionRepository.values(r)));
        return columns;
    }

    /** The 9 columns of {@link ProjectionRepository#HISTORY_COLUMNS}, in order, one list each. */
    private static List<List<String>> historyColumns(List<History> history) {
        List<List<String>> columns = columns(9);
        history.forEach(h -> add(columns, ProjectionRepository.values(h)));
        return columns;
    }

    private static List<List<String>> columns(int count) {
        List<List<String>> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>());
        }
        return columns;
    }

    /** One row's values as text (an OffsetDateTime's ISO form keeps its offset and microseconds), null as null. */
    private static void add(List<List<String>> columns, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : values[i].toString());
        }
    }
}
