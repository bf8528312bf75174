package io.mezasu.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code mezasu_outbox_pending} and {@code mezasu_outbox_oldest_age_seconds}, per service: an outbox that grows, or
 * whose oldest row ages, means events the city's systems are waiting for are stuck. Read every 10 s by one query on
 * the pending index, so a scrape never touches the database.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private volatile long pending;
    private volatile Instant oldest;

    public OutboxMetrics(AgroalDataSource dataSource, Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.clock = clock;
        Gauge.builder("mezasu.outbox.pending", this, m -> m.pending).tag("service", service)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("mezasu.outbox.oldest.age.seconds", this, OutboxMetrics::oldestAgeSeconds).tag("service", service)
                .description("Age of the oldest row still waiting in the outbox (0 when none waits)").register(registry);
    }

    @Scheduled(every = "10s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL")) {
            r.next();
            pending = r.getLong(1);
            Timestamp first = r.getTimestamp(2);
            oldest = first == null ? null : first.toInstant();
        } catch (SQLException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    private double oldestAgeSeconds() {
        Instant first = oldest;
        return first == null ? 0 : Math.max(0, Duration.between(first, clock.instant()).toMillis() / 1000.0);
    }
}
