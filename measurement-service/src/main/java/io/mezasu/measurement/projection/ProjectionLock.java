package io.mezasu.measurement.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Who may write the projection, across every replica of the service: a PostgreSQL advisory lock. Live batches
 * hold it shared, for their transaction: the consumer group already gives each replica its own partitions, so
 * their batches touch different targets and may run together. A replay, which empties the tables, and a new plan
 * version, which re-evaluates every target of a plan, hold it alone, on a connection of their own, so that no
 * batch of any replica interleaves with them.
 */
@ApplicationScoped
public class ProjectionLock {

    /** "mezasu" and 1, in one bigint: the projection's lock among the application's advisory locks. */
    static final long KEY = 0x6D657A6173750001L;

    private final AgroalDataSource dataSource;
    /** The lock this thread holds alone, if any: taking it again (a replay inside a held lock) nests, as a
     * ReentrantLock would; PostgreSQL would otherwise make the second session wait for the first forever. */
    private final ThreadLocal<Held> heldHere = new ThreadLocal<>();

    public ProjectionLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Held alone until closed: waits for every running batch of every replica, then keeps new ones out. */
    public Held exclusive() {
        Held outer = heldHere.get();
        if (outer != null) {
            outer.depth++;
            return outer;
        }
        Held held = take();
        heldHere.set(held);
        return held;
    }

    private Held take() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new Held(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the projection lock", e);
        }
    }

    /** Within the caller's transaction: held shared until it commits or rolls back. */
    void shared() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, KEY);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the projection lock", e);
        }
    }

    /** The exclusive lock, released (and its connection returned) when the outermost holder closes it. */
    public final class Held implements AutoCloseable {
        private final Connection connection;
        private int depth = 1;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            if (--depth > 0) {
                return;
            }
            heldHere.remove();
            try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            } catch (SQLException e) {
                // closing the connection ends the session, and with it the lock
            }
        }
    }
}
