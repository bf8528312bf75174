package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void surveyFormulaReadsAsTheWardWouldCheckIt() {
        Observation o = ratio("2020-03-01", 412, 1000);
        Evaluation e = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(o), EvaluationMode.YEAR_END);
        assertEquals("412 / 1000 × 100 = 41.2 %; half-up to 1 decimal = 41.2; 41.2 ≥ 38.3", e.explanation().formula());
        assertEquals(List.of(o.id()), e.explanation().observationIds());
        assertNull(e.explanation().baseline());
    }

    @Test
    void missedFormulaShowsTheRelationThatHolds() {
        Evaluation atLeast = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(ratio("2020-03-01", 382, 1000)),
                EvaluationMode.YEAR_END);
        assertTrue(atLeast.explanation().formula().endsWith("38.2 < 38.3"), atLeast.explanation().formula());
        Evaluation atMost = Evaluator.evaluate(SURVEY_AT_MOST, FY2019, List.of(ratio("2020-03-01", 72, 1000)),
                EvaluationMode.YEAR_END);
        assertTrue(atMost.explanation().formula().endsWith("7.2 > 7.1"), atMost.explanation().formula());
    }

    @Test
    void cumulativeCountListsOnlyTheObservationsThatAddUp() {
        Observation before = increment("2019-07-20", 50);
        Observation total = total("2019-07-31", 1200);
        Observation sameDay = increment("2019-07-31", 99);
        Observation later = increment("2019-08-31", 700);
        Evaluation e = Evaluator.evaluate(CASES_4400, FY2019, List.of(later, sameDay, total, before), EvaluationMode.IN_YEAR);
        assertEquals(List.of(total.id(), later.id()), e.explanation().observationIds());
        String f = e.explanation().formula();
        assertTrue(f.startsWith("running total 1200 (2019-07-31) + increments 700 = 1900"), f);
        assertTrue(f.contains("expected by 2019-08-31: 4400 × 5/12"), f);
        assertTrue(f.contains("projected year-end: 1900 ÷ (5/12) = 4560"), f);
    }

    @Test
    void statedBaselineHasNoObservation() {
        Evaluation e = Evaluator.evaluate(INCIDENTS, FY2019, List.of(total("2020-03-31", 5)), EvaluationMode.YEAR_END);
        assertEquals(new Explanation.BaselineUsed(new BigDecimal("7"), null), e.explanation().baseline());
        assertEquals(0, new BigDecimal("6").compareTo(e.target()));
    }

    @Test
    void previousYearBaselineNamesItsObservation() {
        Observation older = ratio("2018-09-30", 480, 1000);
        Observation latest = ratio("2019-03-31", 4996, 10000);
        Observation current = ratio("2020-03-31", 503, 1000);
        Evaluation e = Evaluator.evaluate(PREVIOUS_YEAR_POINTS, FY2019, List.of(current, latest, older),
                EvaluationMode.YEAR_END);
        // 49.96 is published as 50.0; 50.0 + 0.3 = 50.3
        assertEquals(0, new BigDecimal("50.0").compareTo(e.explanation().baseline().value()));
        assertEquals(latest.id(), e.explanation().baseline().observationId());
        assertEquals(List.of(current.id()), e.explanation().observationIds(), "baseline ids are not actuals");
        assertTrue(e.explanation().formula().contains("50.0 + 0.3 points = 50.3"), e.explanation().formula());
    }

    @Test
    void pendingBaselineSaysSo() {
        Evaluation e = Evaluator.evaluate(PREVIOUS_YEAR_POINTS, FY2019, List.of(ratio("2020-03-31", 503, 1000)),
                EvaluationMode.YEAR_END);
        assertNull(e.explanation().baseline());
        assertTrue(e.explanation().formula().contains("FY2018) not measured yet"), e.explanation().formula());
        assertEquals(0, new BigDecimal("50.3").compareTo(e.exactActual()));
    }

    @Test
    void areaFormulaNamesIgnoredAreas() {
        Evaluation e = Evaluator.evaluate(ALL_AREAS, FY2019, List.of(areas("2020-03-01", "築港", "東京")),
                EvaluationMode.YEAR_END);
        String f = e.explanation().formula();
        assertTrue(f.startsWith("1 of 11 areas done (築港)"), f);
        assertTrue(f.contains("ignored: 東京"), f);
    }

    @Test
    void noDataSaysOtherYearsWereIgnored() {
        Evaluation e = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(ratio("2019-03-01", 412, 1000)),
                EvaluationMode.YEAR_END);
        assertEquals("no observation for FY2019 (1 of other years ignored)", e.explanation().formula());
    }

    @Test
    void exactActualKeepsWhatRoundingDrops() {
        Evaluation e = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(ratio("2020-03-01", 765, 2000)),
                EvaluationMode.YEAR_END);
        assertEquals(0, new BigDecimal("38.25").compareTo(e.exactActual()));
        assertEquals(new BigDecimal("38.3"), e.actual());
    }

    @Test
    void milestoneFormulaQuotesTheMilestone() {
        Evaluation e = Evaluator.evaluate(MILESTONE, FY2019,
                List.of(milestone("2019-09-30", Reading.MilestoneState.IN_PROGRESS)), EvaluationMode.IN_YEAR);
        assertTrue(e.explanation().formula().contains("避難対策（暫定案）を策定"), e.explanation().formula());
        assertNull(e.actual());
        assertNull(e.progressPercent());
    }

    @Test
    void aLongRunOfIncrementsKeepsTheCountAndOnlyTheLatestIds() {
        List<Observation> increments = new java.util.ArrayList<>();
        for (int day = 0; day < 120; day++) {
            increments.add(observation(java.time.LocalDate.of(2019, 4, 1).plusDays(day).toString(),
                    new Reading.Count(BigDecimal.ONE, Reading.CountMode.INCREMENT)));
        }
        Evaluation e = Evaluator.evaluate(CASES_4400, FY2019, increments, EvaluationMode.YEAR_END);
        assertEquals(120, e.explanation().observationCount());
        assertEquals(Explanation.MAX_IDS, e.explanation().observationIds().size());
        assertEquals(increments.get(119).id(), e.explanation().observationIds().get(Explanation.MAX_IDS - 1));
        assertEquals(new BigDecimal("120"), e.actual());
        assertEquals("increments 1 + 1 + 1 + … + 1 (120 increments) = 120", e.explanation().formula().split(";")[0]);
    }
}
