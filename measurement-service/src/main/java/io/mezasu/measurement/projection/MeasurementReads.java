package io.mezasu.measurement.projection;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.events.MeasurementJson;
import io.mezasu.platform.security.VendorScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Reads of the {@code measurement} tables for the API, in plain JDBC like {@link ProjectionRepository}, which writes
 * them: one way in and out of these tables. Runs in the caller's transaction.
 */
@ApplicationScoped
class MeasurementReads {

    private static final String VIEW_COLUMNS = "id, plan_key, target_code, version, retracted, retraction_reason, "
            + "content, first_recorded_at, recorded_at, recorded_by";

    /** The filters of a listing; null means any. {@code scope}: only what a vendor's scope covers. */
    record Filter(String plan, String target, String source, LocalDate from, LocalDate to, VendorScope scope) {
    }

    private final AgroalDataSource dataSource;

    MeasurementReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<MeasurementView> get(UUID id) {
        List<MeasurementView> found = views("SELECT " + VIEW_COLUMNS + " FROM measurement WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    List<HistoryEntry> history(UUID id) {
        String sql = "SELECT version, change, content, reason, actor, recorded_at, event_id FROM measurement_history "
                + "WHERE measurement_id = ? ORDER BY version";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String content = rs.getString(3);
                    entries.add(new HistoryEntry(rs.getInt(1), rs.getString(2),
                            content == null ? null : MeasurementJson.read(content), rs.getString(4), rs.getString(5),
                            time(rs, 6), rs.getObject(7, UUID.class)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("measurement history read failed", e);
        }
    }

    /** One page, by observation date then id. */
    List<MeasurementView> page(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(size);
        params.add((long) page * size);
        return views("SELECT " + VIEW_COLUMNS + " FROM measurement" + where + " ORDER BY observed_on, id LIMIT ? OFFSET ?",
                params);
    }

    long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM measurement" + where(filter, params);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("measurement count failed", e);
        }
    }

    private static String where(Filter filter, List<Object> params) {
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        condition(where, params, "plan_key = ?", filter.plan());
        condition(where, params, "target_code = ?", filter.target());
        condition(where, params, "source = ?", filter.source());
        condition(where, params, "observed_on >= ?", filter.from() == null ? null : Date.valueOf(filter.from()));
        condition(where, params, "observed_on <= ?", filter.to() == null ? null : Date.valueOf(filter.to()));
        if (filter.scope() != null) {
            where.add(scope(filter.scope(), params));
        }
        return where.toString();
    }

    /** The SQL twin of {@link VendorScope#permits}: any one entry admits a row; no entries admit none. */
    private static String scope(VendorScope scope, List<Object> params) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")").setEmptyValue("FALSE");
        in(any, params, "plan_key", scope.plans());
        in(any, params, "plan_key || '/' || target_code", scope.targets());
        in(any, params, "source", scope.sources());
        return any.toString();
    }

    private static void in(StringJoiner any, List<Object> params, String column, java.util.Set<String> values) {
        if (!values.isEmpty()) {
            any.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
            params.addAll(values.stream().sorted().toList());
        }
    }

    private static void condition(StringJoiner where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            params.add(value);
        }
    }

    private List<MeasurementView> views(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            List<MeasurementView> views = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(MeasurementView.of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getBoolean(5), rs.getString(6), MeasurementJson.read(rs.getString(7)),
                            time(rs, 8), time(rs, 9), rs.getString(10)));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("measurement read failed", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant().atOffset(ZoneOffset.UTC);
    }
}
