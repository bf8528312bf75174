package io.mezasu.measurement.domain.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One target's observations in effect, handed to the evaluator oldest first ({@link Observation#CHRONOLOGICAL}).
 * A target evaluated after every batch would otherwise be sorted whole each time: with tens of thousands of counted
 * events (延べ件数) that sort was most of the projector's CPU. Here a change is O(1): a figure is appended (live
 * figures nearly always arrive in order, so the list stays sorted), and a replaced (訂正) or retracted (取消し) one is
 * only forgotten by id. {@link #chronological()} drops the forgotten entries and sorts only when something arrived
 * out of order, which for a bulk load or a replay is one sort at the end. Not thread-safe: one owner at a time.
 */
public final class Timeline {

    /** The truth: each id's observation in effect. */
    private final Map<UUID, Observation> byId = new HashMap<>();
    /** Every observation put, in arrival order; some may since have been replaced or removed. */
    private final List<Observation> entries = new ArrayList<>();
    private boolean sorted = true;
    private int forgotten;

    /** Adds an observation, or replaces the one with its id (a correction, 訂正). */
    public void put(Observation observation) {
        Observation earlier = byId.put(observation.id(), observation);
        if (earlier == observation) {
            return;
        }
        if (earlier != null) {
            forgotten++;
        }
        if (sorted && !entries.isEmpty()
                && Observation.CHRONOLOGICAL.compare(entries.get(entries.size() - 1), observation) > 0) {
            sorted = false;
        }
        entries.add(observation);
    }

    /** Removes the observation with this id (a retraction, 取消し); nothing if there is none. */
    public void remove(UUID id) {
        if (byId.remove(id) != null) {
            forgotten++;
        }
    }

    public int size() {
        return byId.size();
    }

    /** A snapshot, oldest first. */
    public List<Observation> chronological() {
        if (forgotten > 0) {
            entries.removeIf(o -> byId.get(o.id()) != o);
            forgotten = 0;
        }
        if (!sorted) {
            entries.sort(Observation.CHRONOLOGICAL);
            sorted = true;
        }
        return List.copyOf(entries);
    }
}
