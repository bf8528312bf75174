package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.Timeline;
import io.mezasu.measurement.domain.measurement.TargetKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each target's measurements in effect, as observations, kept between batches so that evaluating a
 * target does not re-read and re-parse all its measurements every time one arrives. An entry remembers the
 * target's stamp token (V4__target_stamps.sql) and is checked against it with one key lookup per batch; an
 * entry is taken out while a caller holds it and put back only with the token of a write that succeeded, so
 * a rolled-back transaction, a replay or another replica's write simply means a reload.
 */
@ApplicationScoped
public class InEffectCache {

    /**
     * Beyond this many cached observations (about 200 bytes each) the cache starts over, to bound memory:
     * a ward's year is hundreds to thousands of measurements, a synthetic replay a million.
     */
    private static final int MAX_OBSERVATIONS = 1_000_000;

    private record Entry(UUID token, Timeline observations) {
    }

    private final ProjectionRepository measurements;
    private final Map<String, Entry> byTarget = new ConcurrentHashMap<>();

    public InEffectCache(ProjectionRepository measurements) {
        this.measurements = measurements;
    }

    /** Entries checked out of the cache for one plan; give them back with {@link #release} or {@link #written}. */
    final class Checkout {
        private final String plan;
        private final Map<String, Timeline> byTarget;
        private final Map<String, UUID> tokens;

        private Checkout(String plan, Map<String, Timeline> byTarget, Map<String, UUID> tokens) {
            this.plan = plan;
            this.byTarget = byTarget;
            this.tokens = tokens;
        }

        /** The live, mutable observations of each target checked out. */
        Map<String, Timeline> observations() {
            return byTarget;
        }

        /** Unchanged: back into the cache as they were read. */
        void release() {
            byTarget.forEach((target, observations) -> put(plan, target, tokens.get(target), observations));
        }

        /** Changed by a write that stamped {@code targets} with {@code token}: back with that token. */
        void written(Set<String> targets, UUID token) {
            targets.forEach(target -> {
                Timeline observations = byTarget.get(target);
                if (observations != null) {
                    put(plan, target, token, observations);
                }
            });
        }
    }

    /**
     * Checks out the entries for these targets of a plan ({@code targets} null: every target ever written),
     * reloading those whose token no longer matches the database.
     */
    Checkout checkout(String plan, Collection<String> targets) {
        return checkout(plan, targets, measurements.stamps(plan, targets));
    }

    /** As above, with the tokens already read (the projector reads them with its batch's other questions). */
    Checkout checkout(String plan, Collection<String> targets, Map<String, UUID> tokens) {
        Set<String> wanted = new LinkedHashSet<>(targets != null ? targets : tokens.keySet());
        List<String> stale = new ArrayList<>();
        Map<String, Timeline> result = new HashMap<>();
        for (String target : wanted) {
            Entry cached = byTarget.remove(TargetKey.of(plan, target));
            if (cached != null && Objects.equals(cached.token(), tokens.get(target))) {
                result.put(target, cached.observations());
            } else {
                stale.add(target);
            }
        }
        if (!stale.isEmpty()) {
            Map<String, Timeline> loaded = new HashMap<>();
            stale.forEach(target -> loaded.put(target, new Timeline()));
            measurements.forEachInEffect(plan, stale, row -> loaded.get(row.target()).put(Observations.of(row)));
            result.putAll(loaded);
        }
        return new Checkout(plan, result, tokens);
    }

    /**
     * Every target's measurements in effect now, through the
     * cache: a copy, the entries stay.
     */
    public Map<String, List<Observation>> inEffect(String plan) {
        Checkout checkout = checkout(plan, null);
        Map<String, List<Observation>> copy = new HashMap<>();
        checkout.observations().forEach((target, observations) -> copy.put(target, observations.chronological()));
        checkout.release();
        return copy;
    }

    /**
     * The measurements in effect for one target, read fresh and not kept: for passes over every target
     * (after a replay), which must not hold a whole plan's history in memory at once.
     */
    public List<Observation> readOnce(String plan, String target) {
        Timeline observations = new Timeline();
        measurements.forEachInEffect(plan, List.of(target), row -> observations.put(Observations.of(row)));
        byTarget.remove(TargetKey.of(plan, target));
        return observations.chronological();
    }

    /** Forgets everything: the projection was emptied. */
    void clear() {
        byTarget.clear();
    }

    private void put(String plan, String target, UUID token, Timeline observations) {
        if (size() + observations.size() > MAX_OBSERVATIONS) {
            byTarget.clear();
        }
        byTarget.put(TargetKey.of(plan, target), new Entry(token, observations));
    }

    private int size() {
        return byTarget.values().stream().mapToInt(e -> e.observations().size()).sum();
    }

}
