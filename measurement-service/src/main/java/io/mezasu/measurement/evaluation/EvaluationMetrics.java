package io.mezasu.measurement.evaluation;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code mezasu_catalog_plans} (published plans this service knows) and {@code mezasu_evaluations{plan, status}}
 * (targets by their stored status): what a dashboard of the city's progress needs. Refreshed every 30 s from the
 * database, so that every replica reports the same figures and a scrape costs nothing.
 */
@ApplicationScoped
public class EvaluationMetrics {

    private static final Logger LOG = Logger.getLogger(EvaluationMetrics.class);

    private final AgroalDataSource dataSource;
    private final MultiGauge byStatus;
    private volatile long plans;

    public EvaluationMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.byStatus = MultiGauge.builder("mezasu.evaluations").description("Targets by stored evaluation status")
                .register(registry);
        Gauge.builder("mezasu.catalog.plans", this, m -> m.plans).description("Published plans in the catalog")
                .register(registry);
    }

    @Scheduled(every = "30s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(DISTINCT plan_key) FROM catalog_plan")) {
                r.next();
                plans = r.getLong(1);
            }
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT plan_key, status, count(*) FROM evaluation_current GROUP BY plan_key, status")) {
                while (r.next()) {
                    rows.add(MultiGauge.Row.of(Tags.of("plan", r.getString(1), "status", r.getString(2)), r.getLong(3)));
                }
            }
            byStatus.register(rows, true);
        } catch (SQLException e) {
            LOG.debugf("evaluation metrics not refreshed: %s", e.getMessage());
        }
    }
}
