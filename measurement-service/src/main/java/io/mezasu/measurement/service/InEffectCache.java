package io.mezasu.measurement.service;

import io.mezasu.measurement.evaluation.Observation;
import io.mezasu.measurement.messaging.MeasurementJson;
import io.mezasu.measurement.persistence.ProjectionRepository;
import io.mezasu.measurement.persistence.ProjectionRepository.Stamp;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each target's measurements in effect, as observations, kept between batches so that evaluating a
 * target does not re-read and re-parse all its measurements every time one arrives. Before use, each entry
 * is checked against the database (count and latest recorded time, one query per batch): an entry left
 * stale by a rolled-back transaction, a replay or another replica is simply reloaded.
 */
@ApplicationScoped
class InEffectCache {

    /**
     * Beyond this many cached observations (about 200 bytes each) the cache starts over, to bound memory:
     * a ward's year is hundreds to thousands of measurements, a synthetic replay a million.
     */
    private static final int MAX_OBSERVATIONS = 1_000_000;

    private final ProjectionRepository measurements;
    private final Map<String, Map<UUID, Observation>> byTarget = new ConcurrentHashMap<>();

    InEffectCache(ProjectionRepository measurements) {
        this.measurements = measurements;
    }

    /**
     * The live, mutable entries for these targets of a plan ({@code targets} null: every target that has
     * measurements); the caller applies its changes to them as it evaluates.
     */
    Map<String, Map<UUID, Observation>> load(String plan, Collection<String> targets) {
        Map<String, Stamp> stamps = measurements.stamps(plan, targets);
        Set<String> wanted = new LinkedHashSet<>(targets != null ? targets : stamps.keySet());
        List<String> stale = new ArrayList<>();
        Map<String, Map<UUID, Observation>> result = new HashMap<>();
        for (String target : wanted) {
            Map<UUID, Observation> cached = byTarget.get(key(plan, target));
            if (cached != null && matches(stampOf(cached), stamps.getOrDefault(target, new Stamp(0, null)))) {
                result.put(target, cached);
            } else {
                stale.add(target);
            }
        }
        if (!stale.isEmpty()) {
            if (size() > MAX_OBSERVATIONS) {
                byTarget.clear();
            }
            Map<String, Map<UUID, Observation>> loaded = new HashMap<>();
            stale.forEach(target -> loaded.put(target, new LinkedHashMap<>()));
            measurements.forEachInEffect(plan, stale, row -> loaded.get(row.target()).put(row.id(),
                    Observations.of(row.id(), MeasurementJson.read(row.content()), row.recordedAt())));
            loaded.forEach((target, observations) -> {
                byTarget.put(key(plan, target), observations);
                result.put(target, observations);
            });
        }
        return result;
    }

    /**
     * The measurements in effect for one target, read fresh and not kept: for passes over every target
     * (after a replay), which must not hold a whole plan's history in memory at once.
     */
    Map<UUID, Observation> readOnce(String plan, String target) {
        Map<UUID, Observation> observations = new LinkedHashMap<>();
        measurements.forEachInEffect(plan, List.of(target), row -> observations.put(row.id(),
                Observations.of(row.id(), MeasurementJson.read(row.content()), row.recordedAt())));
        byTarget.remove(key(plan, target));
        return observations;
    }

    private int size() {
        return byTarget.values().stream().mapToInt(Map::size).sum();
    }

    private static Stamp stampOf(Map<UUID, Observation> observations) {
        Instant latest = null;
        for (Observation o : observations.values()) {
            Instant at = o.recordedAt().truncatedTo(ChronoUnit.MICROS);
            if (latest == null || at.isAfter(latest)) {
                latest = at;
            }
        }
        return new Stamp(observations.size(), latest);
    }

    /** Same count and latest time; PostgreSQL rounds to the microsecond where the cache truncates. */
    private static boolean matches(Stamp cached, Stamp stored) {
        if (cached.count() != stored.count()) {
            return false;
        }
        if (cached.latest() == null || stored.latest() == null) {
            return cached.latest() == stored.latest();
        }
        return Math.abs(ChronoUnit.MICROS.between(cached.latest(), stored.latest())) <= 1;
    }

    private static String key(String plan, String target) {
        return plan + "/" + target;
    }
}
