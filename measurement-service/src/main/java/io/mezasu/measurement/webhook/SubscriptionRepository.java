package io.mezasu.measurement.webhook;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.webhook.WebhookViews.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code webhook_subscription} table, in JDBC. */
@ApplicationScoped
public class SubscriptionRepository {

    private static final String COLUMNS = "id, url, types, plan_key, target_code, owner, created_at";

    private final AgroalDataSource dataSource;

    public SubscriptionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores it with its secret. */
    public void insert(Subscription s) {
        String sql = "INSERT INTO webhook_subscription (id, url, types, plan_key, target_code, owner, created_at, "
                + "secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, s.id());
            ps.setString(2, s.url());
            ps.setArray(3, c.createArrayOf("text", s.types().toArray()));
            ps.setString(4, s.plan());
            ps.setString(5, s.target());
            ps.setString(6, s.owner());
            ps.setObject(7, s.createdAt());
            ps.setString(8, s.secret());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the subscription", e);
        }
    }

    /** Without its secret; {@code owner} null means any owner's. */
    public Optional<Subscription> find(UUID id, String owner) {
        List<Subscription> found = query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?"
                + (owner == null ? "" : " AND owner = ?"), id, owner);
        return found.stream().findFirst();
    }

    /** Newest first; {@code owner} null means everyone's. */
    public List<Subscription> list(String owner) {
        return query("SELECT " + COLUMNS + " FROM webhook_subscription"
                + (owner == null ? "" : " WHERE owner = ?") + " ORDER BY created_at DESC, id", null, owner);
    }

    public long countOwnedBy(String owner) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM webhook_subscription WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count subscriptions", e);
        }
    }

    /** Its deliveries go with it. */
    public boolean delete(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM webhook_subscription WHERE id = ?")) {
            ps.setObject(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the subscription", e);
        }
    }

    private List<Subscription> query(String sql, UUID id, String owner) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (id != null) {
                ps.setObject(i++, id);
            }
            if (owner != null) {
                ps.setString(i, owner);
            }
            List<Subscription> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read subscriptions", e);
        }
    }

    private static Subscription row(ResultSet r) throws SQLException {
        Array types = r.getArray("types");
        return new Subscription(r.getObject("id", UUID.class), r.getString("url"),
                Arrays.asList((String[]) types.getArray()), r.getString("plan_key"), r.getString("target_code"),
                r.getString("owner"), r.getObject("created_at", OffsetDateTime.class), null);
    }
}
