package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.evaluation.Timeline;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.measurement.projection.ProjectionRepository.Current;
import io.mezasu.measurement.projection.ProjectionRepository.History;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Applies measurement events to the projection idempotently: an event id already in the history, or a content
 * identical to the current one, changes nothing. Versions are counted here, in topic order, so a replay numbers them
 * exactly as the live run did. A live batch ends with {@link TargetsChanged}, fired in its transaction, carrying
 * each changed target's measurements in effect; a replay ends with {@link ProjectionRebuilt}.
 */
@ApplicationScoped
public class ProjectionService {

    private final ProjectionRepository repository;
    private final ProjectionLock lock;
    private final InEffectCache inEffectCache;
    private final Event<TargetsChanged> targetsChanged;
    private final Event<ProjectionRebuilt> rebuilt;
    /** During a replay, evaluation waits until the end: one pass over the rebuilt measurements. */
    private volatile boolean replaying;
    /** Live consumption and a replay never interleave. */

    public ProjectionService(ProjectionRepository repository, InEffectCache inEffectCache,
            Event<TargetsChanged> targetsChanged, Event<ProjectionRebuilt> rebuilt, ProjectionLock lock) {
        this.lock = lock;
        this.repository = repository;
        this.inEffectCache = inEffectCache;
        this.targetsChanged = targetsChanged;
        this.rebuilt = rebuilt;
    }

    /** The projection's lock across replicas; a replay and a new plan version hold it alone. */
    public ProjectionLock lock() {
        return lock;
    }

    /**
     * Applies a batch in its own transaction, holding the projection lock shared: batches of other replicas (other
     * partitions, so other targets) go on, a replay or a new plan version waits for it.
     */
    public List<MeasurementChange> apply(List<MeasurementChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            lock.shared();
            return applyLocked(changes);
        });
    }

    /**
     * A replay's chunk, in its own transaction, without taking the lock: the replay holds it for its whole run, and
     * its writers each own a disjoint set of measurements, so they never touch the same rows.
     */
    public List<MeasurementChange> applyReplayed(List<MeasurementChange> changes) {
        if (!replaying) {
            throw new IllegalStateException("no replay is running");
        }
        return changes.isEmpty() ? List.of() : QuarkusTransaction.requiringNew().call(() -> applyLocked(changes));
    }

    private List<MeasurementChange> applyLocked(List<MeasurementChange> changes) {
        Batch batch = effectOf(changes);
        if (replaying) { // a replay stamps every target once, at its end, and evaluates then
            repository.write(batch.changes(), Map.of(), UUID.randomUUID());
        } else {
            writeLive(batch);
        }
        return batch.effective();
    }

    /**
     * What a batch does to the projection: its changes that take effect, the rows they leave (and which of those the
     * table had before), their history.
     */
    private record Batch(Map<UUID, MeasurementRow> rows, Set<UUID> inTable, List<History> history,
            List<MeasurementChange> effective, Map<String, Map<String, UUID>> stamps) {

        ProjectionRepository.Changes changes() {
            return new ProjectionRepository.Changes(rows.values(), inTable, history);
        }
    }

    private Batch effectOf(List<MeasurementChange> changes) {
        // A live batch reads its targets' stamps with the rest (a replay stamps everything at its end): the targets
        // it may touch are those its changes name.
        ProjectionRepository.Known known = repository.known(
                changes.stream().map(MeasurementChange::measurementId).distinct().toList(),
                changes.stream().map(MeasurementChange::eventId).toList(), replaying ? Map.of() : targetsOf(changes));
        Map<UUID, Current> current = new LinkedHashMap<>(known.current());
        Set<UUID> seen = new HashSet<>(known.seenEvents());
        Batch batch = new Batch(new LinkedHashMap<>(), Set.copyOf(known.current().keySet()), new ArrayList<>(),
                new ArrayList<>(), known.stamps());
        for (MeasurementChange change : changes) {
            Current before = current.get(change.measurementId());
            if (!seen.add(change.eventId()) || !takesEffect(change, before)) {
                continue;
            }
            int version = before == null ? 1 : before.version() + 1;
            boolean retraction = change.type() == MeasurementChange.Type.RETRACTED;
            String hash = retraction ? before.contentHash() : change.contentHash();
            current.put(change.measurementId(), new Current(change.measurementId(), version, retraction, hash));
            MeasurementRow earlier = batch.rows().get(change.measurementId());
            batch.rows().put(change.measurementId(), retraction ? MeasurementRow.retracted(change, version, earlier)
                    : MeasurementRow.written(change, version, earlier));
            batch.history().add(new History(change.eventId(), change.measurementId(), version, change.type().name(),
                    change.content(), retraction ? null : hash, change.reason(), change.actor(), change.recordedAt()));
            batch.effective().add(change);
        }
        return batch;
    }

    /** Plan → the target codes these changes name, in order. */
    private static Map<String, Set<String>> targetsOf(List<MeasurementChange> changes) {
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        changes.forEach(c -> targets.computeIfAbsent(c.plan(), p -> new TreeSet<>()).add(c.target()));
        return targets;
    }

    /**
     * Writes a live batch with a fresh stamp on the targets it touched, puts their cached measurements back under
     * that stamp, and tells the observers which targets changed and what is in effect for them now.
     */
    private void writeLive(Batch batch) {
        Map<String, Set<String>> touched = targetsOf(batch.effective());
        Map<String, InEffectCache.Checkout> checkouts = new LinkedHashMap<>();
        touched.forEach((plan, targets) -> checkouts.put(plan, inEffectCache.checkout(plan, targets,
                batch.stamps().getOrDefault(plan, Map.of()))));
        List<TargetsChanged.Target> changed = inEffectAfter(batch.effective(), checkouts);
        UUID token = UUID.randomUUID();
        repository.write(batch.changes(), touched, token);
        touched.forEach((plan, targets) -> checkouts.get(plan).written(targets, token));
        targetsChanged.fire(new TargetsChanged(changed));
    }

    /**
     * Each touched target's measurements in effect once the batch applies, from the cache entries checked out
     * before the write (their stamps still match the tables then); the last change to a target names it.
     */
    private static List<TargetsChanged.Target> inEffectAfter(List<MeasurementChange> effective,
            Map<String, InEffectCache.Checkout> checkouts) {
        Map<String, MeasurementChange> last = new LinkedHashMap<>();
        for (MeasurementChange change : effective) {
            Timeline inEffect = checkouts.get(change.plan()).observations().get(change.target());
            if (change.type() == MeasurementChange.Type.RETRACTED) {
                inEffect.remove(change.measurementId());
            } else {
                inEffect.put(Observations.of(change.measurementId(), change.measurement(), change.recordedAt()));
            }
            last.put(change.key(), change);
        }
        return last.values().stream().map(c -> new TargetsChanged.Target(c.plan(), c.target(),
                checkouts.get(c.plan()).observations().get(c.target()).chronological(), c.recordedAt(),
                c.measurementId())).toList();
    }

    /** Empties the projection; the caller then replays the topic into it while holding {@link #lock()}. */
    @Transactional
    public void startReplay() {
        replaying = true;
        repository.truncate();
        inEffectCache.clear();
    }

    /**
     * After a complete replay: every target is evaluated once from the rebuilt measurements, and a version
     * is appended (and announced) only where that differs from the last one, which is the live state.
     */
    public void finishReplay(java.time.OffsetDateTime at, ReplayedInEffect inEffect) {
        replaying = false;
        QuarkusTransaction.requiringNew().run(repository::stampAll);
        QuarkusTransaction.requiringNew().run(() -> rebuilt.fire(new ProjectionRebuilt(at, inEffect)));
    }

    /** During a replay, as the tables grow: keeps lookups by id on their indexes. */
    public void refreshStatistics() {
        QuarkusTransaction.requiringNew().run(repository::analyze);
    }

    /** A replay that failed leaves live evaluation on; rerun the replay to complete the projection. */
    public void abortReplay() {
        replaying = false;
    }

    private static boolean takesEffect(MeasurementChange change, Current before) {
        if (change.type() == MeasurementChange.Type.RETRACTED) {
            return before != null && !before.retracted();
        }
        return before == null || before.retracted() || !before.contentHash().equals(change.contentHash());
    }
}
