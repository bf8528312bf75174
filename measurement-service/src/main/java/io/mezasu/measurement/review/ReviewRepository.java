package io.mezasu.measurement.review;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.review.ReviewViews.Review;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Review rows in plain JDBC, in the caller's transaction. Insert only: a trigger refuses the rest. */
@ApplicationScoped
class ReviewRepository {

    /** A review with its frozen snapshot (PlanEvaluation as JSON). */
    record Stored(Review review, String snapshot) {
    }

    private static final String COLUMNS = "id, plan_key, kind, as_of, fiscal_year, plan_version, recorded_by, "
            + "recorded_at";

    private final AgroalDataSource dataSource;

    ReviewRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Review r, String snapshot) {
        String sql = "INSERT INTO review (" + COLUMNS + ", snapshot) VALUES (?,?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, r.id());
            ps.setString(2, r.plan());
            ps.setString(3, r.kind());
            ps.setObject(4, r.asOf());
            ps.setInt(5, r.fiscalYear());
            ps.setInt(6, r.planVersion());
            ps.setString(7, r.recordedBy());
            ps.setTimestamp(8, Timestamp.from(r.recordedAt().toInstant()));
            ps.setString(9, snapshot);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("review insert failed", e);
        }
    }

    /** A plan's reviews, newest first. */
    List<Review> list(String plan) {
        List<Review> reviews = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM review WHERE plan_key = ? ORDER BY recorded_at DESC, id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reviews.add(review(rs));
                }
            }
            return reviews;
        } catch (SQLException e) {
            throw new IllegalStateException("review read failed", e);
        }
    }

    Optional<Stored> find(String plan, UUID id) {
        String sql = "SELECT " + COLUMNS + ", snapshot FROM review WHERE plan_key = ? AND id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(review(rs), rs.getString(9))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("review read failed", e);
        }
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getString(7),
                rs.getTimestamp(8).toInstant().atOffset(ZoneOffset.UTC));
    }
}
