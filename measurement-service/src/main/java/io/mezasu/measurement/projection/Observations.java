package io.mezasu.measurement.projection;

import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.Reading;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.events.MeasurementJson;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.UUID;

/** Turns a stored measurement into the evaluation domain's {@link Observation}: raw components only. */
public final class Observations {

    private Observations() {
    }

    /** A stored row in effect: its canonical content read back. */
    public static Observation of(ProjectionRepository.InEffect row) {
        return of(row.id(), MeasurementJson.read(row.content()), row.recordedAt());
    }

    public static Observation of(UUID id, Measurement m, OffsetDateTime recordedAt) {
        return new Observation(id, m.fiscalYear(), m.observedOn(), recordedAt.toInstant(), reading(m));
    }

    private static Reading reading(Measurement m) {
        return switch (m.kind()) {
            case SURVEY, RATIO -> new Reading.Ratio(m.numerator(), m.denominator());
            case COUNT -> new Reading.Count(m.value(), m.countMode());
            case SCORE -> new Reading.Score(m.meanScore(), Math.toIntExact(m.ratings()), m.scale());
            case AREA_COVERAGE -> new Reading.Areas(new HashSet<>(m.areas()));
            case MILESTONE -> new Reading.Milestone(m.state());
        };
    }
}
