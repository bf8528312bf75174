package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stored evaluations the calendar alone makes stale, so that a read computes them again. */
class StalenessTest {

    private static final LocalDate JUNE = LocalDate.of(2019, 6, 30);

    @Test
    void anInYearProRataExpectationIsStaleTheNextDay() {
        Evaluation june = Evaluator.evaluate(GROUPS_30, FY2019, List.of(increment("2019-06-20", 10)), IN_YEAR, JUNE);
        assertFalse(Staleness.isStale(june, IN_YEAR, JUNE));
        assertTrue(Staleness.isStale(june, IN_YEAR, JUNE.plusDays(1)));
        assertFalse(Staleness.isStale(june, IN_YEAR, JUNE.minusDays(1)), "an as-of view cannot be earlier than its judgement");
    }

    @Test
    void aDirectComparisonHoldsUntilTheYearEnds() {
        Evaluation survey = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(ratio("2019-06-30", 412, 1000)), IN_YEAR,
                JUNE);
        assertFalse(Staleness.isStale(survey, IN_YEAR, LocalDate.of(2020, 3, 31)));
        assertTrue(Staleness.isStale(survey, YEAR_END, LocalDate.of(2020, 4, 1)), "中間振り返り turns into 年度末");
    }

    @Test
    void noDataBecomesYearEndToo() {
        Evaluation none = Evaluator.evaluate(SCORE, FY2019, List.of(), IN_YEAR, JUNE);
        assertFalse(Staleness.isStale(none, IN_YEAR, JUNE.plusMonths(3)));
        assertTrue(Staleness.isStale(none, YEAR_END, LocalDate.of(2020, 4, 1)));
    }

    @Test
    void aYearEndEvaluationIsFinal() {
        Evaluation end = Evaluator.evaluate(CASES_4400, FY2019, List.of(total("2020-03-31", 4400)), YEAR_END,
                LocalDate.of(2020, 4, 1));
        assertFalse(Staleness.isStale(end, YEAR_END, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void anEvaluationStoredWithoutASentenceIsComputedAgain() {
        Evaluation e = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, List.of(ratio("2020-03-01", 412, 1000)), YEAR_END);
        Evaluation old = new Evaluation(e.targetCode(), e.mode(), e.status(), e.osakaLabel(), e.actual(), e.exactActual(),
                e.target(), e.expected(), e.progressPercent(), e.projectedYearEnd(), e.confidence(), e.explanation(),
                null, null);
        assertTrue(Staleness.isStale(old, YEAR_END, LocalDate.of(2020, 4, 1)));
    }
}
