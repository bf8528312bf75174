package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In-year, 延べ and 全地域 are compared with the share of the year elapsed on the evaluation date, not on the
 * day of the last report: the same data is on track in June and behind in December.
 */
class ProRataOnEvaluationDateTest {

    private static final LocalDate JUNE = LocalDate.of(2019, 6, 30);
    private static final LocalDate DECEMBER = LocalDate.of(2019, 12, 31);

    /** 延べ30団体・個人, 10 reported by the end of June and nothing since. */
    private static final List<Observation> STOPPED_IN_JUNE = List.of(increment("2019-05-20", 6), increment("2019-06-30", 4));

    @Test
    void sameCumulativeCountIsOnTrackInJuneAndBehindInDecember() {
        Evaluation june = Evaluator.evaluate(GROUPS_30, FY2019, STOPPED_IN_JUNE, IN_YEAR, JUNE);
        Evaluation december = Evaluator.evaluate(GROUPS_30, FY2019, STOPPED_IN_JUNE, IN_YEAR, DECEMBER);
        // 30 × 3/12 = 7.5 by 30 June; 30 × 9/12 = 22.5 by 31 December
        assertEquals(Status.ON_TRACK, june.status());
        assertEquals(0, new BigDecimal("7.5").compareTo(june.expected()));
        assertEquals(JUNE, june.proRataOn());
        assertEquals(Status.BEHIND, december.status());
        assertEquals(OsakaLabel.NOT_ON_TRACK, december.osakaLabel());
        assertEquals(0, new BigDecimal("22.5").compareTo(december.expected()));
        assertEquals(DECEMBER, december.proRataOn());
        // the projection assumes the year goes on as it went: 10 in 9 months → 13
        assertEquals(0, new BigDecimal("13").compareTo(december.projectedYearEnd()));
        assertTrue(december.explanation().formula().contains("expected by 2019-12-31: 30 × 9/12 = 22.5"),
                december.explanation().formula());
    }

    @Test
    void allAreasFallBehindAsTheMonthsPass() {
        List<Observation> five = List.of(areas("2019-06-30", "市岡", "磯路", "三先", "八幡屋", "波除"));
        // 11 × 3/12 = 2.75 in June; 11 × 9/12 = 8.25 in December
        assertEquals(Status.ON_TRACK, Evaluator.evaluate(ALL_AREAS, FY2019, five, IN_YEAR, JUNE).status());
        assertEquals(Status.BEHIND, Evaluator.evaluate(ALL_AREAS, FY2019, five, IN_YEAR, DECEMBER).status());
    }

    @Test
    void aFigureIsNeverJudgedAgainstLessOfTheYearThanItCovers() {
        // a running total for the end of August, evaluated on 15 August: taken at 31 August
        Evaluation early = Evaluator.evaluate(CASES_4400, FY2019, List.of(total("2019-08-31", 1834)), IN_YEAR,
                LocalDate.of(2019, 8, 15));
        assertEquals(LocalDate.of(2019, 8, 31), early.proRataOn());
        assertEquals(0, new BigDecimal("1833.3").compareTo(early.expected()));
    }

    @Test
    void withoutADateTheLatestObservationsDayIsUsed() {
        assertEquals(JUNE, Evaluator.evaluate(GROUPS_30, FY2019, STOPPED_IN_JUNE, IN_YEAR).proRataOn());
    }

    @Test
    void figuresComparedDirectlyDoNotDependOnTheDate() {
        List<Observation> survey = List.of(ratio("2019-06-30", 412, 1000));
        Evaluation june = Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, survey, IN_YEAR, JUNE);
        assertEquals(june, Evaluator.evaluate(SURVEY_AT_LEAST, FY2019, survey, IN_YEAR, DECEMBER));
        assertNull(june.proRataOn());
        List<Observation> incidents = List.of(total("2019-06-30", 3));
        assertEquals(Evaluator.evaluate(INCIDENTS, FY2019, incidents, IN_YEAR, JUNE),
                Evaluator.evaluate(INCIDENTS, FY2019, incidents, IN_YEAR, DECEMBER));
    }

    @Test
    void yearEndIgnoresTheDate() {
        Evaluation e = Evaluator.evaluate(GROUPS_30, FY2019, STOPPED_IN_JUNE, EvaluationMode.YEAR_END, DECEMBER);
        assertEquals(Status.NOT_ACHIEVED, e.status());
        assertNull(e.expected());
        assertNull(e.proRataOn());
    }
}
