package io.mezasu.measurement.review;

import io.agroal.api.AgroalDataSource;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The closed-year check, made under the same lock discipline as the ledger decision: a writer holds its plans'
 * {@code plan_period} rows FOR SHARE until it commits; close and reopen take the row FOR UPDATE. Writers never
 * block each other here, a close waits for the writes already in flight, and a write that starts after the
 * close's commit sees the year closed. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PeriodLock {

    private final AgroalDataSource dataSource;

    PeriodLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Throws 409 {@code period-closed} when any of {@code plans} is closed. With {@code lock}, the rows are created if
     * missing and held FOR SHARE until the transaction ends (in plan order, so two writers never deadlock); a dry run
     * reads without locking.
     */
    public void requireOpen(Collection<String> plans, boolean lock) {
        List<String> sorted = List.copyOf(new TreeSet<>(plans));
        if (sorted.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            // The rows exist after a plan's first write, so one statement usually does: lock and read. Only a plan
            // never written to gets its row created, and then every row is read and locked again.
            if (lockAndRead(c, sorted, lock) < sorted.size() && lock) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_period (plan_key) "
                        + "SELECT p FROM unnest(?::text[]) AS p ORDER BY p ON CONFLICT DO NOTHING")) {
                    ps.setArray(1, c.createArrayOf("text", sorted.toArray()));
                    ps.executeUpdate();
                }
                lockAndRead(c, sorted, true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plan period check failed", e);
        }
    }

    /**
     * Reads (and with {@code lock} holds FOR SHARE) the plans' rows; throws if one is closed; returns how many exist.
     * Every row is locked, open or not: a row skipped here could be closed before this write commits.
     */
    private static int lockAndRead(Connection c, List<String> plans, boolean lock) throws SQLException {
        String sql = "SELECT plan_key, closed FROM plan_period WHERE plan_key = ANY (?) ORDER BY plan_key"
                + (lock ? " FOR SHARE" : "");
        int found = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", plans.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found++;
                    if (rs.getBoolean(2)) {
                        throw closed(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }

    static ProblemException closed(String plan) {
        return new ProblemException(ProblemType.PERIOD_CLOSED, Text.of("period.closed", "plan", plan));
    }
}
