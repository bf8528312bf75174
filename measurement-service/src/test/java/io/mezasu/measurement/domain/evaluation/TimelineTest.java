package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.Fixtures.observation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.domain.evaluation.Reading.CountMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A target's observations in effect stay in chronological order through additions, corrections and retractions. */
class TimelineTest {

    private static final Instant NOON = Instant.parse("2019-06-01T12:00:00Z");

    @Test
    void keepsChronologicalOrderWhateverTheArrivalOrder() {
        List<Observation> arrivals = new ArrayList<>();
        for (int day = 0; day < 200; day++) {
            arrivals.add(count(UUID.randomUUID(), LocalDate.of(2019, 4, 1).plusDays(day % 50), NOON.plusSeconds(day), 1));
        }
        Collections.shuffle(arrivals, new Random(7));
        Timeline timeline = new Timeline();
        arrivals.forEach(timeline::put);

        List<Observation> expected = new ArrayList<>(arrivals);
        expected.sort(Observation.CHRONOLOGICAL);
        assertEquals(expected, timeline.chronological());
        assertEquals(200, timeline.size());
    }

    @Test
    void aCorrectionReplacesTheEarlierFigureAndMovesWithItsNewDay() {
        UUID id = UUID.randomUUID();
        Observation first = count(id, LocalDate.of(2019, 5, 1), NOON, 3);
        Observation other = count(UUID.randomUUID(), LocalDate.of(2019, 6, 1), NOON, 4);
        Observation corrected = count(id, LocalDate.of(2019, 7, 1), NOON.plusSeconds(60), 5);
        Timeline timeline = timelineOf(first, other, corrected);

        assertEquals(List.of(other, corrected), timeline.chronological());
    }

    @Test
    void aRetractionRemovesOnlyItsOwnFigure() {
        Observation kept = count(UUID.randomUUID(), LocalDate.of(2019, 5, 1), NOON, 3);
        Observation retracted = count(UUID.randomUUID(), LocalDate.of(2019, 5, 1), NOON, 3);
        Timeline timeline = timelineOf(kept, retracted);
        timeline.remove(retracted.id());
        timeline.remove(UUID.randomUUID());

        assertEquals(List.of(kept), timeline.chronological());
    }

    @Test
    void theSameFigurePutTwiceIsThereOnce() {
        Observation figure = count(UUID.randomUUID(), LocalDate.of(2019, 5, 1), NOON, 3);
        Observation equalCopy = count(figure.id(), figure.observedOn(), figure.recordedAt(), 3);
        Timeline timeline = timelineOf(figure, figure, equalCopy);

        assertEquals(List.of(equalCopy), timeline.chronological());
        assertEquals(1, timeline.size());
    }

    @Test
    void changesAfterASnapshotShowInTheNextOneOnly() {
        Observation may = count(UUID.randomUUID(), LocalDate.of(2019, 5, 1), NOON, 1);
        Observation april = count(UUID.randomUUID(), LocalDate.of(2019, 4, 1), NOON, 2);
        Timeline timeline = timelineOf(may);
        List<Observation> first = timeline.chronological();
        timeline.put(april);
        timeline.remove(may.id());

        assertEquals(List.of(may), first);
        assertEquals(List.of(april), timeline.chronological());
    }

    @Test
    void theEvaluatorJudgesATimelineAsItJudgesTheSameFiguresUnordered() {
        List<Observation> figures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            figures.add(count(UUID.randomUUID(), LocalDate.of(2019, 4, 1).plusDays(i % 365), NOON.plusSeconds(i),
                    1 + i % 3));
        }
        Timeline timeline = new Timeline();
        figures.forEach(timeline::put);
        List<Observation> shuffled = new ArrayList<>(figures);
        Collections.shuffle(shuffled, new Random(11));
        TargetSpec spec = Fixtures.count("3-1-2-1", Direction.AT_LEAST, "30", true, "件", null);
        FiscalPeriod period = FiscalPeriod.of(2019);

        assertEquals(Evaluator.evaluate(spec, period, shuffled, EvaluationMode.YEAR_END, null, null),
                Evaluator.evaluate(spec, period, timeline.chronological(), EvaluationMode.YEAR_END, null, null));
    }

    private static Timeline timelineOf(Observation... puts) {
        Timeline timeline = new Timeline();
        for (Observation o : puts) {
            timeline.put(o);
        }
        return timeline;
    }

    private static Observation count(UUID id, LocalDate day, Instant recordedAt, long value) {
        return observation(id, day, recordedAt, new Reading.Count(BigDecimal.valueOf(value), CountMode.INCREMENT));
    }
}
