package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.Fixtures.increment;
import static io.mezasu.measurement.domain.evaluation.Fixtures.ratio;
import static io.mezasu.measurement.domain.evaluation.Fixtures.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.domain.evaluation.BaselineSpec.IncrementUnit;
import io.mezasu.measurement.domain.evaluation.TargetSpec.PercentBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Previous-year baselines (前年度, 前年同時期): from the followed plan first (its final evaluation; its observations at or
 * nearest before the stated day of the previous year), else this target's own previous-year figures, else pending.
 */
class PreviousYearBaselineTest {

    static final FiscalPeriod FY2020 = FiscalPeriod.of(2020);
    static final UUID FINAL_ID = UUID.nameUUIDFromBytes("final".getBytes());

    /** 前年度比２ポイント増 on a rate. */
    static final TargetSpec PREVIOUS_YEAR = Fixtures.percent("1-1-1-1", Direction.AT_LEAST, null, 1,
            PercentBasis.SURVEY, BaselineSpec.previousYear(new BigDecimal("2"), IncrementUnit.POINTS));

    /** 前年同時期の0.5％増 with （９月末時点）. */
    static TargetSpec samePeriod(MonthDay day) {
        return Fixtures.percent("1-1-1-2", Direction.AT_LEAST, null, 1, PercentBasis.ADMINISTRATIVE,
                BaselineSpec.previousYearSamePeriod(new BigDecimal("0.5"), IncrementUnit.POINTS, day));
    }

    @Test
    void previousYearTakesTheFollowedPlansFinalEvaluation() {
        PriorYear prior = new PriorYear("testward-fy2019", "1-1-1-1", new BigDecimal("52.0"), FINAL_ID, List.of());
        Evaluation e = Evaluator.evaluate(PREVIOUS_YEAR, FY2020, List.of(ratio("2020-09-30", 545, 1000)),
                EvaluationMode.IN_YEAR, null, prior);
        assertEquals(new BigDecimal("54.0"), e.target());
        assertEquals(Status.ON_TRACK, e.status());
        assertEquals(new Explanation.BaselineUsed(new BigDecimal("52.0"), FINAL_ID), e.explanation().baseline());
        assertTrue(e.explanation().formula().contains("final (年度末) evaluation of testward-fy2019 1-1-1-1"),
                e.explanation().formula());
        // A survey then adds its confidence interval in a second sentence.
        assertTrue(e.sentence().ja().startsWith("目標 54.0％以上（前年度の実績 52.0％から）に対し 54.5％（順調）。"),
                e.sentence().ja());
        assertTrue(e.sentence().en().startsWith(
                "54.5% against a target of at least 54.0% (from last year's final figure of 52.0%) (on track)."),
                e.sentence().en());
    }

    @Test
    void previousYearWaitsForTheFinalRatherThanGuessFromInYearFigures() {
        // The followed plan has September's figure, but its year has not ended: no final, no threshold.
        PriorYear prior = new PriorYear("testward-fy2019", "1-1-1-1", null, null, List.of(ratio("2019-09-30", 1, 2)));
        Evaluation e = Evaluator.evaluate(PREVIOUS_YEAR, FY2020, List.of(ratio("2020-09-30", 545, 1000)),
                EvaluationMode.IN_YEAR, null, prior);
        assertEquals(Status.BASELINE_PENDING, e.status());
        assertNull(e.target());
        assertTrue(e.explanation().formula().contains("前年度 (FY2019) final figure not known yet"),
                e.explanation().formula());
        assertTrue(e.sentence().ja().contains("前年度（2019年度）の最終値"), e.sentence().ja());
    }

    @Test
    void previousYearFallsBackToAFigureSubmittedUnderThisPlan() {
        Evaluation e = Evaluator.evaluate(PREVIOUS_YEAR, FY2020,
                List.of(ratio("2019-06-30", 400, 1000), ratio("2020-03-31", 500, 1000), ratio("2020-09-30", 545, 1000)),
                EvaluationMode.IN_YEAR, null, null);
        assertEquals(new BigDecimal("52.0"), e.target(), "the latest of FY2019, 50.0, plus 2 points");
    }

    @Test
    void samePeriodIsTheFollowedObservationAtOrNearestBeforeTheStatedDay() {
        PriorYear prior = new PriorYear("testward-fy2019", "1-1-1-3", new BigDecimal("42.0"), FINAL_ID, List.of(
                ratio("2019-06-30", 360, 1000), ratio("2019-09-20", 380, 1000), ratio("2019-10-01", 400, 1000),
                ratio("2020-03-31", 420, 1000)));
        Evaluation e = Evaluator.evaluate(samePeriod(MonthDay.of(9, 30)), FY2020,
                List.of(ratio("2020-09-30", 390, 1000)), EvaluationMode.IN_YEAR, null, prior);
        assertEquals(new BigDecimal("38.5"), e.target(), "20 September's 38.0 (nearest before 30 September) + 0.5");
        assertEquals(Status.ON_TRACK, e.status());
        assertTrue(e.explanation().formula().contains("at or before 2019-09-30"), e.explanation().formula());
    }

    @Test
    void samePeriodWithNothingAtOrBeforeTheDayIsPending() {
        PriorYear prior = new PriorYear("testward-fy2019", "1-1-1-3", null, null, List.of(ratio("2019-10-01", 4, 10)));
        Evaluation e = Evaluator.evaluate(samePeriod(MonthDay.of(9, 30)), FY2020,
                List.of(ratio("2020-09-30", 390, 1000)), EvaluationMode.IN_YEAR, null, prior);
        assertEquals(Status.BASELINE_PENDING, e.status());
        assertTrue(e.explanation().formula().contains("not measured yet at or before 2019-09-30"),
                e.explanation().formula());
    }

    @Test
    void samePeriodPrefersTheFollowedPlanAndElseTheTargetsOwnPreviousYear() {
        TargetSpec spec = samePeriod(MonthDay.of(9, 30));
        List<Observation> own = List.of(ratio("2019-09-30", 300, 1000), ratio("2020-09-30", 390, 1000));
        PriorYear followed = new PriorYear("testward-fy2019", "1-1-1-3", null, null,
                List.of(ratio("2019-09-30", 380, 1000)));
        assertEquals(new BigDecimal("38.5"),
                Evaluator.evaluate(spec, FY2020, own, EvaluationMode.IN_YEAR, null, followed).target());
        PriorYear empty = new PriorYear("testward-fy2019", "1-1-1-3", null, null, List.of());
        assertEquals(new BigDecimal("30.5"),
                Evaluator.evaluate(spec, FY2020, own, EvaluationMode.IN_YEAR, null, empty).target());
    }

    @Test
    void samePeriodWithoutAStatedDayIsTheLatestOfThePreviousYearAsBefore() {
        Evaluation e = Evaluator.evaluate(samePeriod(null), FY2020,
                List.of(ratio("2019-09-30", 380, 1000), ratio("2020-03-31", 420, 1000), ratio("2020-09-30", 390, 1000)),
                EvaluationMode.IN_YEAR, null, null);
        assertEquals(new BigDecimal("42.5"), e.target());
    }

    @Test
    void theStatedDayFallsInTheRightCalendarYearOfTheFiscalYear() {
        BaselineSpec march = BaselineSpec.previousYearSamePeriod(BigDecimal.ZERO, IncrementUnit.POINTS, MonthDay.of(3, 31));
        assertEquals(LocalDate.of(2020, 3, 31), march.periodEndIn(2019), "３月末 of 2019年度 is 31 March 2020");
        BaselineSpec september = BaselineSpec.previousYearSamePeriod(BigDecimal.ZERO, IncrementUnit.POINTS,
                MonthDay.of(9, 30));
        assertEquals(LocalDate.of(2019, 9, 30), september.periodEndIn(2019));
        BaselineSpec february = BaselineSpec.previousYearSamePeriod(BigDecimal.ZERO, IncrementUnit.POINTS,
                MonthDay.of(2, 29));
        assertEquals(LocalDate.of(2020, 2, 29), february.periodEndIn(2019), "2020 is a leap year");
        assertEquals(LocalDate.of(2021, 2, 28), february.periodEndIn(2020), "２月末 of 2021 is the 28th");
        assertNull(BaselineSpec.previousYearSamePeriod(BigDecimal.ZERO, IncrementUnit.POINTS).periodEndIn(2019));
    }

    @Test
    void aLeapDayObservationIsAtTheEndOfFebruary() {
        TargetSpec spec = samePeriod(MonthDay.of(2, 29));
        PriorYear prior = new PriorYear("p", "1-1-1-3", null, null,
                List.of(ratio("2020-02-29", 380, 1000), ratio("2020-03-01", 500, 1000)));
        assertEquals(new BigDecimal("38.5"), Evaluator.evaluate(spec, FiscalPeriod.of(2020),
                List.of(ratio("2021-02-28", 390, 1000)), EvaluationMode.IN_YEAR, null, prior).target());
    }

    @Test
    void aCumulativeCountOfTheSamePeriodAddsUpToTheStatedDay() {
        TargetSpec spec = new TargetSpec("p", "1-1-1-4", MeasureKind.COUNT, Direction.AT_LEAST, null, 0, "件", null,
                true, null, BaselineSpec.previousYearSamePeriod(BigDecimal.ZERO, IncrementUnit.PERCENT_OF_BASELINE,
                        MonthDay.of(9, 30)), null, null);
        PriorYear prior = new PriorYear("p", "1-1-1-4", null, null, List.of(total("2019-06-30", 40),
                increment("2019-09-30", 10), increment("2019-12-31", 25)));
        Evaluation e = Evaluator.evaluate(spec, FiscalPeriod.of(2020), List.of(total("2020-09-30", 55)),
                EvaluationMode.IN_YEAR, null, prior);
        assertEquals(new BigDecimal("50"), e.target().stripTrailingZeros().setScale(0), "40 + 10 by 30 September");
    }
}
