package io.mezasu.measurement.review;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.review.ReviewViews.Period;
import io.mezasu.measurement.review.ReviewViews.PeriodChange;
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

/** plan_period and its changes, for close and reopen, in plain JDBC in the caller's transaction. */
@ApplicationScoped
class PeriodRepository {

    private final AgroalDataSource dataSource;

    PeriodRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plan's row, created if missing, held FOR UPDATE: waits for every write holding it FOR SHARE. */
    Period lock(String plan) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_period (plan_key) VALUES (?) "
                    + "ON CONFLICT DO NOTHING")) {
                ps.setString(1, plan);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_key, fiscal_year, closed, review_id, "
                    + "changed_by, changed_at FROM plan_period WHERE plan_key = ? FOR UPDATE")) {
                ps.setString(1, plan);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Timestamp at = rs.getTimestamp(6);
                    return new Period(rs.getString(1), (Integer) rs.getObject(2), rs.getBoolean(3),
                            rs.getObject(4, UUID.class), rs.getString(5),
                            at == null ? null : at.toInstant().atOffset(ZoneOffset.UTC));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plan period lock failed", e);
        }
    }

    void record(Period period, PeriodChange change) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE plan_period SET fiscal_year = ?, closed = ?, "
                        + "review_id = ?, changed_by = ?, changed_at = ? WHERE plan_key = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO plan_period_change (id, plan_key, "
                        + "fiscal_year, action, review_id, reason, actor, at) VALUES (?,?,?,?,?,?,?,?)")) {
            update.setObject(1, period.fiscalYear());
            update.setBoolean(2, period.closed());
            update.setObject(3, period.review());
            update.setString(4, period.changedBy());
            update.setTimestamp(5, Timestamp.from(period.changedAt().toInstant()));
            update.setString(6, period.plan());
            update.executeUpdate();
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, change.plan());
            insert.setInt(3, change.fiscalYear());
            insert.setString(4, change.action());
            insert.setObject(5, change.review());
            insert.setString(6, change.reason());
            insert.setString(7, change.actor());
            insert.setTimestamp(8, Timestamp.from(change.at().toInstant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("plan period change failed", e);
        }
    }

    /** Every close and reopen of a plan. */
    List<PeriodChange> changes(String plan) {
        List<PeriodChange> changes = new ArrayList<>();
        String sql = "SELECT plan_key, fiscal_year, action, review_id, reason, actor, at FROM plan_period_change "
                + "WHERE plan_key = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new PeriodChange(rs.getString(1), rs.getInt(2), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant().atOffset(ZoneOffset.UTC)));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("plan period read failed", e);
        }
    }
}
