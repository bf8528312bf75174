package io.mezasu.measurement.ingest;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.measurement.domain.measurement.MeasurementRules;
import io.mezasu.measurement.domain.measurement.PlanTargets;
import io.mezasu.measurement.domain.measurement.SourceRef;
import io.mezasu.measurement.domain.measurement.Violation;
import io.mezasu.measurement.events.MeasurementJson;
import io.mezasu.measurement.events.MeasurementPublisher;
import io.mezasu.measurement.ingest.ImportSummary.Conflict;
import io.mezasu.measurement.ingest.Submission.Outcome;
import io.mezasu.measurement.review.PeriodLock;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.security.VendorScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Accepts measurements: validates them against the catalog, decides in one ledger upsert (under its row locks)
 * whether each is new, a correction or an identical resubmission, and puts the changes on the
 * measurements topic before the ledger commits. The projection is built from the topic alone.
 */
@ApplicationScoped
public class IngestService {

    private final CatalogLookup catalog;
    private final LedgerRepository ledger;
    private final IdempotencyRepository idempotency;
    private final MeasurementPublisher publisher;
    private final MeasurementConfig config;
    private final PeriodLock periods;
    private final Clock clock;

    public IngestService(CatalogLookup catalog, LedgerRepository ledger, IdempotencyRepository idempotency,
            MeasurementPublisher publisher, MeasurementConfig config, PeriodLock periods, Clock clock) {
        this.periods = periods;
        this.catalog = catalog;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * One measurement; every problem comes back at once as a 422. With an Idempotency-Key, a retry of
     * the same request gets the first answer and writes nothing; the same key on another request is a 422.
     */
    @Transactional
    public Submission.Result submit(Measurement measurement, String actor, String idempotencyKey) {
        if (idempotencyKey == null) {
            return submit(measurement, actor);
        }
        String requestHash = MeasurementJson.hash(MeasurementJson.write(measurement));
        if (!idempotency.claim(actor, idempotencyKey, requestHash, clock.instant())) {
            IdempotencyRepository.Stored stored = idempotency.find(actor, idempotencyKey).orElseThrow();
            if (!stored.requestHash().equals(requestHash)) {
                periods.requireOpen(List.of(measurement.plan()), false); // new content for a closed year: closed first
                throw ProblemException.unprocessable(Text.of("ingest.idempotency-key-reused"),
                        List.of(FieldIssue.of("Idempotency-Key", "idempotency-key-reused")));
            }
            return new Submission.Result(stored.measurementId(), Outcome.valueOf(stored.outcome()), true);
        }
        Submission.Result result = submit(measurement, actor);
        idempotency.complete(actor, idempotencyKey, result.measurementId(), result.outcome().name());
        return result;
    }

    private Submission.Result submit(Measurement measurement, String actor) {
        List<Violation> violations = MeasurementRules.check(measurement, plans());
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(Text.of("ingest.measurement-invalid", "count", violations.size()),
                    violations.stream().map(v -> new FieldIssue(v.field(), v.code(), textOf(v))).toList());
        }
        Accepted accepted = accept(List.of(new Submission(0, null, measurement)), false, actor);
        if (!accepted.conflicts().isEmpty()) {
            Conflict c = accepted.conflicts().get(0);
            throw ProblemException.unprocessable(c.message(), List.of(new FieldIssue(c.field(), c.code(),
                    c.message())));
        }
        return accepted.results().get(0);
    }

    /** A whole batch, all or nothing; with {@code dryRun} nothing is written and nothing is locked. */
    @Transactional
    public ImportSummary importBatch(List<Submission> rows, boolean dryRun, String actor) {
        if (rows.size() > config.batchLimit()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("ingest.batch-too-large",
                    "max", config.batchLimit(), "count", rows.size()));
        }
        List<Conflict> conflicts = new ArrayList<>();
        Function<String, Optional<PlanTargets>> plans = plans();
        Map<SourceRef, Integer> firstIndex = new HashMap<>();
        List<Submission> valid = new ArrayList<>();
        for (Submission row : rows) {
            List<Violation> violations = new ArrayList<>(MeasurementRules.check(row.measurement(), plans));
            SourceRef ref = row.measurement().sourceRef();
            Integer first = ref.source() == null || ref.sourceId() == null ? null : firstIndex.putIfAbsent(ref, row.index());
            if (first != null) {
                violations.add(Violation.of("sourceId", "duplicate-source-id", "sourceId", ref.sourceId(),
                        "source", ref.source(), "row", first));
            }
            violations.forEach(v -> conflicts.add(new Conflict(row.index(), row.line(), v.field(), v.code(), textOf(v))));
            if (violations.isEmpty()) {
                valid.add(row);
            }
        }
        Accepted accepted = conflicts.isEmpty() ? accept(valid, dryRun, actor) : Accepted.NONE;
        conflicts.addAll(accepted.conflicts());
        ImportSummary summary = summarize(rows.size(), accepted.results(), conflicts, dryRun);
        if (summary.status() == ImportSummary.Status.ERROR && !dryRun) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Text.of("ingest.batch-rejected",
                    "rejected", summary.counts().rejected(), "count", rows.size()))
                    .withExtensions(Map.of("summary", summary));
        }
        return summary;
    }

    /** Retracts a measurement (取消し) with a reason; retracting it again changes nothing. */
    @Transactional
    public Submission.Result retract(UUID id, String reason, String actor, VendorScope scope) {
        LedgerEntry entry = ledger.lockById(id)
                .orElseThrow(() -> ProblemException.notFound(Text.of("measurement.not-found", "id", id)));
        scope.require(entry.plan(), entry.target(), entry.ref().source());
        periods.requireOpen(List.of(entry.plan()), true);
        if (entry.retracted()) {
            return new Submission.Result(id, Outcome.IGNORED);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        publisher.publish(List.of(new MeasurementChange(UUID.randomUUID(), MeasurementChange.Type.RETRACTED, id,
                entry.plan(), entry.target(), entry.ref().source(), entry.ref().sourceId(), actor, now, null, null,
                reason, null)));
        ledger.update(List.of(new LedgerEntry(entry.ref(), id, entry.plan(), entry.target(), entry.contentHash(),
                true)), now.toInstant());
        return new Submission.Result(id, Outcome.RETRACTED);
    }

    /**
     * Valid rows → ledger decisions → events (unless dry run). Conflicts found here abort a real run.
     * Recorded times are cut to the microsecond, as PostgreSQL keeps them, so a time read back equals the event's.
     */
    private Accepted accept(List<Submission> rows, boolean dryRun, String actor) {
        // Before the ledger decides, under the plans' period rows (FOR SHARE): a close waits for this write or
        // this write sees the close.
        periods.requireOpen(rows.stream().map(r -> r.measurement().plan()).toList(), !dryRun);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Map<SourceRef, LedgerEntry> wanted = new HashMap<>();
        Map<SourceRef, Measurement> content = new HashMap<>();
        Map<SourceRef, String> contentJson = new HashMap<>();
        for (Submission row : rows) {
            Measurement canonical = MeasurementJson.canonical(row.measurement());
            SourceRef ref = canonical.sourceRef();
            String json = MeasurementJson.write(canonical); // once: hashed here, carried by the event
            content.put(ref, canonical);
            contentJson.put(ref, json);
            wanted.put(ref, new LedgerEntry(ref, ref.measurementId(), canonical.plan(), canonical.target(),
                    MeasurementJson.hash(json), false));
        }
        List<LedgerEntry> entries = List.copyOf(wanted.values());
        // A real run writes the ledger here, before the events: a conflict below throws, and the transaction rolls
        // the ledger back with it.
        Map<SourceRef, LedgerDecision> decisions = dryRun ? ledger.preview(entries) : ledger.record(entries, now.toInstant());

        List<Submission.Result> results = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<MeasurementChange> changes = new ArrayList<>();
        for (Submission row : rows) {
            SourceRef ref = row.measurement().sourceRef();
            LedgerEntry next = wanted.get(ref);
            LedgerDecision decision = decisions.get(ref);
            if (decision.kind() == LedgerDecision.Kind.OTHER_TARGET) {
                conflicts.add(new Conflict(row.index(), row.line(), "target", "target-changed",
                        Text.of("ingest.target-changed", "sourceId", ref.sourceId(), "target", decision.owner())));
                continue;
            }
            Outcome outcome = switch (decision.kind()) {
                case NEW -> Outcome.RECORDED;
                case CORRECTION -> Outcome.CORRECTED;
                default -> Outcome.IGNORED;
            };
            results.add(new Submission.Result(next.measurementId(), outcome));
            if (outcome != Outcome.IGNORED) {
                changes.add(new MeasurementChange(UUID.randomUUID(), outcome == Outcome.RECORDED
                        ? MeasurementChange.Type.RECORDED : MeasurementChange.Type.CORRECTED, next.measurementId(),
                        next.plan(), next.target(), ref.source(), ref.sourceId(), actor, now, content.get(ref),
                        next.contentHash(), null, contentJson.get(ref)));
            }
        }
        if (!dryRun && conflicts.isEmpty()) {
            publisher.publish(changes);
        }
        return new Accepted(results, conflicts);
    }

    private static ImportSummary summarize(int total, List<Submission.Result> results, List<Conflict> conflicts,
            boolean dryRun) {
        int rejected = (int) conflicts.stream().map(Conflict::index).distinct().count();
        if (rejected > 0) {
            return new ImportSummary(ImportSummary.Status.ERROR, dryRun,
                    new ImportSummary.Counts(total, 0, 0, 0, rejected), conflicts);
        }
        int imported = count(results, Outcome.RECORDED);
        int updated = count(results, Outcome.CORRECTED);
        int ignored = count(results, Outcome.IGNORED);
        return new ImportSummary(ignored > 0 ? ImportSummary.Status.WARNING : ImportSummary.Status.SUCCESS, dryRun,
                new ImportSummary.Counts(total, imported, updated, ignored, 0), List.of());
    }

    private static int count(List<Submission.Result> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Plan lookups memoized for one request: a 10,000-row batch reads each plan once. */
    private Function<String, Optional<PlanTargets>> plans() {
        Map<String, Optional<PlanTargets>> memo = new HashMap<>();
        return key -> memo.computeIfAbsent(key, catalog::targets);
    }

    private record Accepted(List<Submission.Result> results, List<Conflict> conflicts) {
        static final Accepted NONE = new Accepted(List.of(), List.of());
    }

    private static Text textOf(Violation violation) {
        return new Text(violation.textKey(), violation.args());
    }
}
