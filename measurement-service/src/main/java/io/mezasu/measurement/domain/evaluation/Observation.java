package io.mezasu.measurement.domain.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A measurement in effect: the caller has already applied corrections (latest wins) and removed
 * retracted ones.
 *
 * @param fiscalYear the 年度 the figure belongs to (a March figure of 2019年度 is observed in 2020)
 * @param observedOn the day the figure describes
 * @param recordedAt when it was recorded; breaks ties between figures of the same day
 */
public record Observation(UUID id, int fiscalYear, LocalDate observedOn, Instant recordedAt, Reading reading) {

    /** "Latest" everywhere: by observedOn, then recordedAt; the id only makes the order total. */
    static final Comparator<Observation> CHRONOLOGICAL = (a, b) -> {
        int byDay = a.observedOn().compareTo(b.observedOn());
        if (byDay != 0) {
            return byDay;
        }
        int byRecording = a.recordedAt().compareTo(b.recordedAt());
        return byRecording != 0 ? byRecording : a.id().compareTo(b.id());
    };

    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reading, "reading");
    }
}
