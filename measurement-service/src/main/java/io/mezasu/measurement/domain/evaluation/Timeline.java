package io.mezasu.measurement.domain.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One target's observations in effect, kept in {@link Observation#CHRONOLOGICAL} order as they change. A target
 * evaluated after every batch would otherwise be sorted whole each time: with tens of thousands of counted
 * events (延べ件数) that sort was most of the projector's CPU. A change costs O(log n) here, and
 * {@link #chronological()} hands the evaluator a list it need not sort again. Not thread-safe: one owner at a time.
 */
public final class Timeline {

    private final Map<UUID, Observation> byId = new HashMap<>();
    private final NavigableSet<Observation> ordered = new TreeSet<>(Observation.CHRONOLOGICAL);

    /** Adds an observation, or replaces the one with its id (a correction, 訂正). */
    public void put(Observation observation) {
        Observation earlier = byId.put(observation.id(), observation);
        if (earlier != null) {
            ordered.remove(earlier);
        }
        ordered.add(observation);
    }

    /** Removes the observation with this id (a retraction, 取消し); nothing if there is none. */
    public void remove(UUID id) {
        Observation earlier = byId.remove(id);
        if (earlier != null) {
            ordered.remove(earlier);
        }
    }

    public int size() {
        return byId.size();
    }

    /** A snapshot, oldest first. */
    public List<Observation> chronological() {
        return List.copyOf(ordered);
    }
}
