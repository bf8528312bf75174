package io.mezasu.measurement.review;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.review.ReviewViews.Narrative;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Narrative versions in plain JDBC, in the caller's transaction; rows are only ever added. */
@ApplicationScoped
class NarrativeRepository {

    private static final String COLUMNS = "review_id, code, version, effective, issues_and_fixes, next_steps, author, "
            + "written_at";

    private final AgroalDataSource dataSource;

    NarrativeRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Holds the review's row until the transaction ends, so two writers of one review number versions in turn. */
    void lockReview(UUID review) {
        query("SELECT id FROM review WHERE id = ? FOR UPDATE", review, null, rs -> null);
    }

    void insert(Narrative n) {
        String sql = "INSERT INTO review_narrative (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, n.review());
            ps.setString(2, n.code());
            ps.setInt(3, n.version());
            ps.setString(4, n.effective());
            ps.setString(5, n.issuesAndFixes());
            ps.setString(6, n.nextSteps());
            ps.setString(7, n.author());
            ps.setTimestamp(8, Timestamp.from(n.writtenAt().toInstant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("narrative insert failed", e);
        }
    }

    /** Every version of one code, oldest first. */
    List<Narrative> history(UUID review, String code) {
        return query("SELECT " + COLUMNS + " FROM review_narrative WHERE review_id = ? AND code = ? ORDER BY version",
                review, code, NarrativeRepository::narrative);
    }

    /** The current version of each code of a review, by code. */
    List<Narrative> current(UUID review) {
        return query("SELECT DISTINCT ON (code) " + COLUMNS + " FROM review_narrative WHERE review_id = ? "
                + "ORDER BY code, version DESC", review, null, NarrativeRepository::narrative);
    }

    /** Every version of every narrative of a plan's reviews: the timeline. */
    List<Narrative> ofPlan(String plan) {
        String sql = "SELECT " + COLUMNS.replace("review_id", "n.review_id") + " FROM review_narrative n "
                + "JOIN review r ON r.id = n.review_id WHERE r.plan_key = ?";
        List<Narrative> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(narrative(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("narrative read failed", e);
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, UUID review, String code, Row<T> row) {
        List<T> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, review);
            if (code != null) {
                ps.setString(2, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("narrative read failed", e);
        }
    }

    private static Narrative narrative(ResultSet rs) throws SQLException {
        return new Narrative(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant().atOffset(ZoneOffset.UTC));
    }
}
