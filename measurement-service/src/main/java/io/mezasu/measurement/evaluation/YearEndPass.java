package io.mezasu.measurement.evaluation;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.projection.ProjectionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Year-end by itself (年度末の評価): when a plan's fiscal year has ended (00:00 on 1 April in Japan), every target gets
 * its year-end evaluation stored and announced, without waiting for a measurement. Reads already judge a finished
 * year in year-end mode (EvaluationRefresh) but store nothing; this pass stores it, so the versions and the
 * TargetEvaluated events say the year ended.
 * <p>
 * Triggered by a cron at 00:00 on 1 April (Asia/Tokyo) and by a periodic check (its first run shortly after
 * start-up catches a 1 April passed while the service was down). Both are idempotent: a plan's pass is claimed by a
 * {@code year_end_pass} row inserted in the transaction that stores the versions, so a second run, or a second
 * replica, waits on that row and then finds the pass done. "Ended" is decided by the injectable Clock.
 */
@ApplicationScoped
public class YearEndPass {

    private static final Logger LOG = Logger.getLogger(YearEndPass.class);

    private final CatalogLookup catalog;
    private final EvaluationService evaluations;
    private final ProjectionService projection;
    private final AgroalDataSource dataSource;
    private final MeasurementConfig config;
    private final Clock clock;

    YearEndPass(CatalogLookup catalog, EvaluationService evaluations, ProjectionService projection,
            AgroalDataSource dataSource, MeasurementConfig config, Clock clock) {
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.projection = projection;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${mezasu.measurement.year-end-cron:0 0 0 1 4 ?}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "year-end-cron")
    void onFirstOfApril() {
        runDue();
    }

    @Scheduled(every = "${mezasu.measurement.year-end-check:5m}", delayed = "${mezasu.measurement.year-end-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "year-end-check")
    void check() {
        runDue();
    }

    /** Every plan whose year has ended and whose pass is not done yet; returns the plans passed. */
    public List<String> runDue() {
        List<String> passed = new ArrayList<>();
        for (CatalogLookup.Entry entry : catalog.all()) {
            String plan = entry.targets().key();
            try {
                if (run(plan)) {
                    passed.add(plan);
                }
            } catch (RuntimeException e) {
                // e.g. a version written by another replica's projector at the same moment: the next check retries
                LOG.warnf(e, "year-end pass of %s failed; retried at the next check", plan);
            }
        }
        return passed;
    }

    /** One plan's pass, if its year has ended (per the Clock) and no one has done it; true when done now. */
    public boolean run(String plan) {
        CatalogLookup.Entry entry = catalog.latest(plan).orElse(null);
        if (entry == null) {
            return false;
        }
        FiscalPeriod period = EvaluationService.period(entry);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime yearEnd = period.end().plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime();
        if (now.isBefore(yearEnd)) {
            return false;
        }
        // Alone against every replica's projector, which appends versions of the same targets.
        try (var held = projection.lock().exclusive()) {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!claim(plan, period.year(), now)) {
                    return false;
                }
                int versions = evaluations.yearEnd(plan, yearEnd, now);
                record(plan, period.year(), versions);
                LOG.infof("year-end pass of %s (FY%d): %d new evaluation versions", plan, period.year(), versions);
                return true;
            });
        }
    }

    private boolean claim(String plan, int year, OffsetDateTime now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO year_end_pass (plan_key, fiscal_year, done_at, versions) VALUES (?, ?, ?, 0) "
                        + "ON CONFLICT DO NOTHING")) {
            ps.setString(1, plan);
            ps.setInt(2, year);
            ps.setTimestamp(3, Timestamp.from(now.toInstant()));
            return ps.executeUpdate() == 1;
        }
    }

    private void record(String plan, int year, int versions) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE year_end_pass SET versions = ? WHERE plan_key = ? AND fiscal_year = ?")) {
            ps.setInt(1, versions);
            ps.setString(2, plan);
            ps.setInt(3, year);
            ps.executeUpdate();
        }
    }
}
