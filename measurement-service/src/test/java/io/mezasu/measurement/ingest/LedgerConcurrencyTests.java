package io.mezasu.measurement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.domain.measurement.SourceRef;
import io.mezasu.measurement.ingest.LedgerDecision.Kind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's one-statement decision against the real PostgreSQL, with two transactions really overlapping: the
 * second one's upsert is seen waiting on the first one's row lock before the first commits. Of two first
 * submissions of one ref exactly one is new; the other is a correction (other content) or identical (same content).
 */
@QuarkusTest
class LedgerConcurrencyTests {

    static final String PLAN = "ledger-race";

    @Inject
    LedgerRepository ledger;

    @Inject
    AgroalDataSource dataSource;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    static LedgerEntry entry(SourceRef ref, String target, String hash) {
        return new LedgerEntry(ref, ref.measurementId(), PLAN, target, hash, false);
    }

    static SourceRef ref() {
        return new SourceRef("race-" + UUID.randomUUID().toString().substring(0, 8), "row-1");
    }

    @Test
    void twoConcurrentFirstSubmissionsWithOtherContentAreOneNewAndOneCorrection() throws Exception {
        SourceRef ref = ref();
        List<Kind> kinds = race(entry(ref, "1-1-1-1", "first"), entry(ref, "1-1-1-1", "second"));
        assertEquals(List.of(Kind.NEW, Kind.CORRECTION), kinds);
        assertEquals("second", hash(ref));
    }

    @Test
    void twoConcurrentFirstSubmissionsWithTheSameContentAreOneNewAndOneIdentical() throws Exception {
        SourceRef ref = ref();
        List<Kind> kinds = race(entry(ref, "1-1-1-1", "same"), entry(ref, "1-1-1-1", "same"));
        assertEquals(List.of(Kind.NEW, Kind.IDENTICAL), kinds);
    }

    @Test
    void aConcurrentSubmissionForAnotherTargetNamesTheOwnerAndChangesNothing() throws Exception {
        SourceRef ref = ref();
        List<Kind> kinds = race(entry(ref, "1-1-1-1", "mine"), entry(ref, "2-1-1-1", "theirs"));
        assertEquals(List.of(Kind.NEW, Kind.OTHER_TARGET), kinds);
        Map<SourceRef, LedgerDecision> again = QuarkusTransaction.requiringNew()
                .call(() -> ledger.record(List.of(entry(ref, "2-1-1-1", "theirs")), Instant.now()));
        assertEquals(PLAN + "/1-1-1-1", again.get(ref).owner());
        assertEquals("mine", hash(ref));
    }

    @Test
    void aBatchDecidesEachRefInOneStatementAndAReinstatementIsACorrection() {
        SourceRef kept = ref();
        SourceRef changed = ref();
        SourceRef retracted = ref();
        SourceRef fresh = ref();
        QuarkusTransaction.requiringNew().run(() -> ledger.record(List.of(entry(kept, "1-1-1-1", "a"),
                entry(changed, "1-1-1-1", "a"), entry(retracted, "1-1-1-1", "a")), Instant.now()));
        QuarkusTransaction.requiringNew().run(() -> ledger.update(List.of(new LedgerEntry(retracted,
                retracted.measurementId(), PLAN, "1-1-1-1", "a", true)), Instant.now()));
        Map<SourceRef, LedgerDecision> decisions = QuarkusTransaction.requiringNew().call(() -> ledger.record(
                List.of(entry(kept, "1-1-1-1", "a"), entry(changed, "1-1-1-1", "b"), entry(retracted, "1-1-1-1", "a"),
                        entry(fresh, "1-1-1-1", "a")), Instant.now()));
        assertEquals(Map.of(kept, Kind.IDENTICAL, changed, Kind.CORRECTION, retracted, Kind.CORRECTION, fresh, Kind.NEW),
                kinds(decisions));
        assertEquals("b", hash(changed));
    }

    /**
     * The first entry's transaction records and holds; the second's upsert starts and is awaited until PostgreSQL
     * shows it waiting on a lock; then the first commits. Returns the two decisions in that order.
     */
    private List<Kind> race(LedgerEntry first, LedgerEntry second) throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<LedgerDecision> a = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    LedgerDecision d = ledger.record(List.of(first), Instant.now()).get(first.ref());
                    recorded.countDown();
                    commit.await(30, TimeUnit.SECONDS);
                    return d;
                }), threads);
        recorded.await(30, TimeUnit.SECONDS);
        int waitingBefore = waitingOnLocks();
        CompletableFuture<LedgerDecision> b = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> ledger.record(List.of(second), Instant.now()).get(second.ref())), threads);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > waitingBefore);
        commit.countDown();
        return List.of(a.get(30, TimeUnit.SECONDS).kind(), b.get(30, TimeUnit.SECONDS).kind());
    }

    private static Map<SourceRef, Kind> kinds(Map<SourceRef, LedgerDecision> decisions) {
        return decisions.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().kind()));
    }

    private int waitingOnLocks() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        + "AND query LIKE 'INSERT INTO measurement_ledger%'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String hash(SourceRef ref) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT content_hash FROM measurement_ledger WHERE source = ? AND source_id = ?")) {
            ps.setString(1, ref.source());
            ps.setString(2, ref.sourceId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
