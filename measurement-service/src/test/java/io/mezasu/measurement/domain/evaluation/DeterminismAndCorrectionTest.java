package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The caller detects "the evaluation changed" with equals, so equal inputs must give equal outputs. */
class DeterminismAndCorrectionTest {

    private static final UUID ID = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final LocalDate DAY = LocalDate.of(2019, 12, 1);

    @Test
    void sameInputGivesEqualEvaluations() {
        List<Observation> observations = List.of(total("2019-07-31", 1200), increment("2019-08-10", 300),
                increment("2019-08-31", 400), total("2019-06-30", 100));
        Evaluation first = Evaluator.evaluate(CASES_4400, FY2019, observations, EvaluationMode.IN_YEAR);
        Evaluation second = Evaluator.evaluate(CASES_4400, FY2019, observations, EvaluationMode.IN_YEAR);
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Observation> observations = new ArrayList<>(List.of(
                areas("2019-06-01", "市岡", "磯路"), areas("2019-07-01", "三先"), areas("2019-08-31", "八幡屋", "東京")));
        Evaluation forward = Evaluator.evaluate(ALL_AREAS, FY2019, observations, EvaluationMode.IN_YEAR);
        Collections.reverse(observations);
        Evaluation backward = Evaluator.evaluate(ALL_AREAS, FY2019, observations, EvaluationMode.IN_YEAR);
        assertEquals(forward, backward);
    }

    @Test
    void differentModesAreDifferentEvaluations() {
        List<Observation> observations = List.of(ratio("2019-12-01", 412, 1000));
        assertNotEquals(Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, observations, EvaluationMode.IN_YEAR),
                Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, observations, EvaluationMode.YEAR_END));
    }

    @Test
    void correctionFlipsTheStatusAndRetractionReturnsToNoData() {
        Observation original = new Observation(ID, 2019, DAY, Instant.parse("2019-12-01T09:00:00Z"),
                new Reading.Ratio(382, 1000));
        Evaluation before = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(original), EvaluationMode.YEAR_END);
        assertEquals(Status.NOT_ACHIEVED, before.status());

        // The caller replaces the observation with its correction: 392 → 39.2 ≥ 38.3
        Observation corrected = new Observation(ID, 2019, DAY, Instant.parse("2019-12-02T09:00:00Z"),
                new Reading.Ratio(392, 1000));
        Evaluation after = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(corrected), EvaluationMode.YEAR_END);
        assertEquals(Status.ACHIEVED, after.status());
        assertEquals("39.2", after.actual().toPlainString());
        assertNotEquals(before, after);

        // Retracted: the caller passes nothing; the actual is absent, not 0
        Evaluation retracted = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(), EvaluationMode.YEAR_END);
        assertEquals(Status.NO_DATA, retracted.status());
        assertNull(retracted.actual());
        assertNull(retracted.progressPercent());
        assertNull(retracted.osakaLabel());
        assertEquals(List.of(), retracted.explanation().observationIds());
        assertNotEquals(after, retracted);
    }

    @Test
    void correctedRunningTotalFlipsInYearStatus() {
        UUID id = UUID.fromString("22222222-2222-2222-2222-222222222222");
        LocalDate endOfAugust = LocalDate.of(2019, 8, 31);
        Observation reported = new Observation(id, 2019, endOfAugust, Instant.parse("2019-09-01T00:00:00Z"),
                new Reading.Count(BigDecimal.valueOf(1900), Reading.CountMode.RUNNING_TOTAL));
        Observation corrected = new Observation(id, 2019, endOfAugust, Instant.parse("2019-09-03T00:00:00Z"),
                new Reading.Count(BigDecimal.valueOf(1800), Reading.CountMode.RUNNING_TOTAL));
        assertEquals(Status.ON_TRACK,
                Evaluator.evaluate(CASES_4400, FY2019, List.of(reported), EvaluationMode.IN_YEAR).status());
        assertEquals(Status.BEHIND,
                Evaluator.evaluate(CASES_4400, FY2019, List.of(corrected), EvaluationMode.IN_YEAR).status());
    }
}
