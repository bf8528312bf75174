package io.mezasu.measurement.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Evaluation versions and the current view, in plain JDBC (run in the caller's transaction). */
@ApplicationScoped
public class EvaluationRepository {

    /** One stored evaluation of one target, read from its JSON once, here. */
    public record Stored(String plan, String target, int version, int planVersion, String status, String mode,
            Evaluation evaluation, UUID lastMeasurementId, OffsetDateTime recordedAt) {
    }

    private static final String COLUMNS = "plan_key, target_code, version, plan_version, status, mode, evaluation, "
            + "last_measurement_id, recorded_at";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    public EvaluationRepository(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    public Map<String, Stored> current(String plan, Collection<String> targets) {
        return byTarget(query("SELECT " + COLUMNS + " FROM evaluation_current WHERE plan_key = ? AND target_code = ANY (?)",
                plan, targets, null));
    }

    /**
     * A plan's latest catalog version ({@code null}: not in the catalog), current evaluations of some targets, and
     * the plans that named it as followed (前年度) in some version, as the catalog has them.
     */
    public record CurrentOfPlan(Integer planVersion, Map<String, Stored> evaluations, List<String> followers) {
    }

    /**
     * A projected batch's three questions in one round trip, where they were three: which version of the plan is the
     * latest, which plans follow it, and its targets' current evaluations. The catalog's single row is joined to the
     * evaluations, so the version and followers come back even when no target has an evaluation yet.
     */
    public CurrentOfPlan currentOfPlan(String plan, Collection<String> targets) {
        String sql = "SELECT " + COLUMNS + ", v.latest, v.followers FROM (SELECT max(version) AS latest, "
                + "(SELECT array_agg(DISTINCT f.plan_key) FROM catalog_plan f WHERE f.follows_plan_key = ?) AS followers "
                + "FROM catalog_plan WHERE plan_key = ?) v LEFT JOIN evaluation_current ON plan_key = ? "
                + "AND target_code = ANY (?)";
        Integer planVersion = null;
        List<String> followers = List.of();
        List<Stored> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            ps.setString(2, plan);
            ps.setString(3, plan);
            ps.setArray(4, c.createArrayOf("text", targets.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    planVersion = rs.getObject(10, Integer.class);
                    java.sql.Array keys = rs.getArray(11);
                    followers = keys == null ? List.of() : List.of((String[]) keys.getArray());
                    if (rs.getString(1) != null) {
                        rows.add(stored(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evaluation read failed", e);
        }
        return new CurrentOfPlan(planVersion, byTarget(rows), followers);
    }

    public Map<String, Stored> current(String plan) {
        return byTarget(query("SELECT " + COLUMNS + " FROM evaluation_current WHERE plan_key = ?", plan, null, null));
    }

    /**
     * A fingerprint of a plan's current evaluations that changes whenever any of them does: one cheap query
     * lets a rendered page be reused until then.
     */
    public String fingerprint(String plan) {
        String sql = "SELECT count(*), coalesce(sum(version), 0), coalesce(sum(hashtext(evaluation)::bigint), 0), "
                + "max(recorded_at) FROM evaluation_current WHERE plan_key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + "-" + rs.getLong(2) + "-" + Long.toHexString(rs.getLong(3)) + "-"
                        + (rs.getTimestamp(4) == null ? 0 : rs.getTimestamp(4).getTime());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evaluation read failed", e);
        }
    }

    /** The latest version of each target recorded at or before {@code asOf}. */
    public Map<String, Stored> asOf(String plan, OffsetDateTime asOf) {
        return byTarget(query("SELECT DISTINCT ON (target_code) " + COLUMNS + " FROM evaluation_version "
                + "WHERE plan_key = ? AND recorded_at <= ? ORDER BY target_code, version DESC", plan, null, asOf));
    }

    public List<Stored> history(String plan, String target) {
        return query("SELECT " + COLUMNS + " FROM evaluation_version WHERE plan_key = ? AND target_code = ANY (?) "
                + "ORDER BY version", plan, List.of(target), null);
    }

    /** One evaluation to save; {@code replace} when it replaces the version of the same recorded instant. */
    public record Save(Stored stored, boolean replace) {
    }

    /**
     * Appends each version, or replaces it when {@code replace} (same recorded instant), and sets it current: one
     * statement per evaluation, all sent as one JDBC batch, so a projected batch pays one round trip for all the
     * targets it touched.
     */
    public void saveAll(List<Save> saves) {
        if (saves.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement append = c.prepareStatement(saveSql(false));
                PreparedStatement replace = c.prepareStatement(saveSql(true))) {
            for (Save save : saves) {
                PreparedStatement ps = save.replace() ? replace : append;
                bind(ps, 0, save.stored());
                bind(ps, 9, save.stored());
                ps.addBatch();
            }
            // Different statements cannot share a batch; a replacement is rare (a batch split across two polls).
            if (saves.stream().anyMatch(Save::replace)) {
                replace.executeBatch();
            }
            if (saves.stream().anyMatch(save -> !save.replace())) {
                append.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evaluation write failed", e.getNextException() != null ? e.getNextException() : e);
        }
    }

    private static String saveSql(boolean replace) {
        String version = replace
                ? "UPDATE evaluation_version SET plan_version = ?, status = ?, mode = ?, evaluation = ?, "
                        + "last_measurement_id = ?, recorded_at = ? WHERE plan_key = ? AND target_code = ? AND version = ?"
                : "INSERT INTO evaluation_version (plan_version, status, mode, evaluation, last_measurement_id, "
                        + "recorded_at, plan_key, target_code, version) VALUES (?,?,?,?,?,?,?,?,?)";
        return "WITH v AS (" + version + ") INSERT INTO evaluation_current (plan_version, status, mode, "
                + "evaluation, last_measurement_id, recorded_at, plan_key, target_code, version) "
                + "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (plan_key, target_code) DO UPDATE SET "
                + "plan_version = excluded.plan_version, status = excluded.status, mode = excluded.mode, "
                + "evaluation = excluded.evaluation, last_measurement_id = excluded.last_measurement_id, "
                + "recorded_at = excluded.recorded_at, version = excluded.version";
    }

    private void bind(PreparedStatement ps, int from, Stored s) throws SQLException {
        ps.setInt(from + 1, s.planVersion());
        ps.setString(from + 2, s.status());
        ps.setString(from + 3, s.mode());
        ps.setString(from + 4, write(s.evaluation()));
        ps.setObject(from + 5, s.lastMeasurementId());
        ps.setTimestamp(from + 6, Timestamp.from(s.recordedAt().toInstant()));
        ps.setString(from + 7, s.plan());
        ps.setString(from + 8, s.target());
        ps.setInt(from + 9, s.version());
    }

    private List<Stored> query(String sql, String plan, Collection<String> targets, OffsetDateTime asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            if (targets != null) {
                ps.setArray(2, c.createArrayOf("text", targets.toArray()));
            }
            if (asOf != null) {
                ps.setTimestamp(2, Timestamp.from(asOf.toInstant()));
            }
            List<Stored> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(stored(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("evaluation read failed", e);
        }
    }

    private Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), read(rs.getString(7)), rs.getObject(8, UUID.class),
                rs.getTimestamp(9).toInstant().atOffset(ZoneOffset.UTC));
    }

    private String write(Evaluation evaluation) {
        try {
            return mapper.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation always serializes", e);
        }
    }

    private Evaluation read(String json) {
        try {
            return mapper.readValue(json, Evaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation does not read back", e);
        }
    }

    private static Map<String, Stored> byTarget(List<Stored> rows) {
        Map<String, Stored> map = new HashMap<>();
        rows.forEach(r -> map.put(r.target(), r));
        return map;
    }
}
