package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.FY2019;
import static io.mezasu.measurement.domain.evaluation.Fixtures.increment;
import static io.mezasu.measurement.domain.evaluation.Fixtures.ratio;
import static io.mezasu.measurement.domain.evaluation.Fixtures.score;
import static io.mezasu.measurement.domain.evaluation.Fixtures.total;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.domain.evaluation.TargetSpec.PercentBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 超 and 未満 (rule {@code strict}): the threshold itself does not meet the target. Each kind is judged exactly at,
 * just above and just below its threshold, after the half-up rounding to the stated precision that 以上 / 以下
 * targets get too. Test data, not from a plan.
 */
class StrictThresholdTest {

    /** 50.0％超 (survey) and 7.1％未満: 1,000 answers make one answer 0.1 points. */
    @ParameterizedTest(name = "{0} {1}/1000 → {3}")
    @CsvSource({
            // at: 500/1000 = 50.0, not more than 50.0; just below 49.9; just above 50.1 (the formula shows 50.0 as 50)
            "MORE_THAN, 500, 50.0, NOT_ACHIEVED, 50.0 ≤ 50",
            "MORE_THAN, 499, 49.9, NOT_ACHIEVED, 49.9 ≤ 50",
            "MORE_THAN, 501, 50.1, ACHIEVED, 50.1 > 50",
            // 71/1000 = 7.1 is not less than 7.1; 7.0 is; 7.2 is not
            "LESS_THAN, 71, 7.1, NOT_ACHIEVED, 7.1 ≥ 7.1",
            "LESS_THAN, 70, 7.0, ACHIEVED, 7.0 < 7.1",
            "LESS_THAN, 72, 7.2, NOT_ACHIEVED, 7.2 ≥ 7.1"})
    void percentAtAboveAndBelow(Direction direction, long numerator, String actual, Status status, String relation) {
        String threshold = direction == Direction.MORE_THAN ? "50.0" : "7.1";
        TargetSpec spec = percent(direction, threshold);
        Evaluation e = Evaluator.evaluate(spec, FY2019, List.of(ratio("2020-03-01", numerator, 1000)), YEAR_END);
        assertAll(
                () -> assertEquals(status, e.status()),
                () -> assertEquals(actual, e.actual().toPlainString(), "rounded as published"),
                () -> assertEquals(threshold, e.target().toPlainString(), "threshold at its stated scale"),
                () -> assertTrue(e.explanation().formula().contains(relation), e.explanation().formula()));
    }

    /** Rounding first: 50.04 is published as 50.0, which is not more than 50.0; 50.05 is 50.1. */
    @ParameterizedTest(name = "{0}/10000 → {1}")
    @CsvSource({"5004, 50.0, NOT_ACHIEVED", "5005, 50.1, ACHIEVED", "4996, 50.0, NOT_ACHIEVED"})
    void percentIsRoundedBeforeTheStrictComparison(long numerator, String actual, Status status) {
        Evaluation e = Evaluator.evaluate(percent(Direction.MORE_THAN, "50.0"), FY2019,
                List.of(ratio("2020-03-01", numerator, 10000)), YEAR_END);
        assertEquals(actual, e.actual().toPlainString());
        assertEquals(status, e.status());
    }

    /** 3.5点超 and 2.0点未満 on 5点満点. */
    @ParameterizedTest(name = "{0} {2} → {3}")
    @CsvSource({
            "MORE_THAN, 3.5, 3.5, NOT_ACHIEVED",
            "MORE_THAN, 3.5, 3.6, ACHIEVED",
            "MORE_THAN, 3.5, 3.4, NOT_ACHIEVED",
            "MORE_THAN, 3.5, 3.54, NOT_ACHIEVED",
            "MORE_THAN, 3.5, 3.55, ACHIEVED",
            "LESS_THAN, 2.0, 2.0, NOT_ACHIEVED",
            "LESS_THAN, 2.0, 1.9, ACHIEVED",
            "LESS_THAN, 2.0, 2.1, NOT_ACHIEVED"})
    void scoreAtAboveAndBelow(Direction direction, String threshold, String mean, Status status) {
        TargetSpec spec = new TargetSpec("test-strict", "9-1-1-2", MeasureKind.SCORE, direction,
                new BigDecimal(threshold), 1, "点", null, false, 5, null, null, null);
        Evaluation e = Evaluator.evaluate(spec, FY2019, List.of(score("2020-03-01", mean, 5)), YEAR_END);
        assertEquals(status, e.status());
    }

    /** 10件超 and 3件未満 as point-in-time counts (plan-service usually words these as 11件以上 / 2件以下). */
    @ParameterizedTest(name = "{0} {2} → {3}")
    @CsvSource({
            "MORE_THAN, 10, 10, NOT_ACHIEVED",
            "MORE_THAN, 10, 11, ACHIEVED",
            "MORE_THAN, 10, 9, NOT_ACHIEVED",
            "LESS_THAN, 3, 3, NOT_ACHIEVED",
            "LESS_THAN, 3, 2, ACHIEVED",
            "LESS_THAN, 3, 4, NOT_ACHIEVED"})
    void countAtAboveAndBelow(Direction direction, long threshold, long value, Status status) {
        Evaluation e = Evaluator.evaluate(count(direction, threshold, false), FY2019,
                List.of(total("2020-03-01", value)), YEAR_END);
        assertEquals(status, e.status());
    }

    /**
     * 延べ 12件超 in-year: on 30 September (6 of 12 months) the expectation is 6; exactly 6 is not more than it,
     * 7 is, 5 is not. At year end the expectation is the threshold itself, so the two modes agree at the line.
     */
    @ParameterizedTest(name = "{0} by 30 Sep → {1}")
    @CsvSource({"6, BEHIND", "7, ON_TRACK", "5, BEHIND"})
    void cumulativeCountProRataStaysStrict(long value, Status status) {
        Evaluation e = Evaluator.evaluate(count(Direction.MORE_THAN, 12, true), FY2019,
                List.of(increment("2019-09-30", value)), IN_YEAR, LocalDate.of(2019, 9, 30));
        assertEquals(status, e.status());
        assertEquals(0, new BigDecimal("6").compareTo(e.expected()), "expected " + e.expected());
    }

    @ParameterizedTest(name = "延べ {0} at year end → {1}")
    @CsvSource({"12, NOT_ACHIEVED", "13, ACHIEVED", "11, NOT_ACHIEVED"})
    void cumulativeCountAtYearEnd(long value, Status status) {
        Evaluation e = Evaluator.evaluate(count(Direction.MORE_THAN, 12, true), FY2019,
                List.of(increment("2020-03-31", value)), YEAR_END);
        assertEquals(status, e.status());
    }

    @org.junit.jupiter.api.Test
    void sentencesSayMoreThanAndLessThan() {
        Evaluation at = Evaluator.evaluate(percent(Direction.MORE_THAN, "50.0"), FY2019,
                List.of(ratio("2020-03-01", 500, 1000)), YEAR_END);
        assertTrue(at.sentence().ja().startsWith("目標 50.0％超に対し 50.0％（未達成）。"), at.sentence().ja());
        assertTrue(at.sentence().en().startsWith("50.0% against a target of more than 50.0% (not achieved)."),
                at.sentence().en());
        Evaluation below = Evaluator.evaluate(count(Direction.LESS_THAN, 3, false), FY2019,
                List.of(total("2020-03-01", 2)), YEAR_END);
        assertEquals("目標 3件未満に対し 2件（達成）。", below.sentence().ja());
        assertEquals("2 against a target of less than 3 (achieved).", below.sentence().en());
    }

    private static TargetSpec percent(Direction direction, String threshold) {
        return new TargetSpec("test-strict", "9-1-1-1", MeasureKind.PERCENT, direction, new BigDecimal(threshold), 1,
                "％", PercentBasis.SURVEY, false, null, null, null, null);
    }

    private static TargetSpec count(Direction direction, long threshold, boolean cumulative) {
        return new TargetSpec("test-strict", "9-1-1-3", MeasureKind.COUNT, direction, BigDecimal.valueOf(threshold), 0,
                "件", null, cumulative, null, null, null, null);
    }
}
