package io.mezasu.measurement.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mezasu.measurement.domain.evaluation.Confidence.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    private static final double TOLERANCE = 0.01;

    /** Reference values: textbook Wilson 95 % intervals (z = 1.96), in percent. */
    @ParameterizedTest(name = "{0}/{1} → {2} … {3}")
    @CsvSource({
            "50, 100, 40.38, 59.62",
            // x = 0 and x = n have closed forms: [0, z²/(n+z²)] and [n/(n+z²), 1]
            "0, 10, 0.00, 27.75",
            "10, 10, 72.25, 100.00",
            // Wikipedia's worked example, 81 of 263
            "81, 263, 25.53, 36.62",
            "412, 1000, 38.19, 44.28"})
    void matchesKnownIntervals(long x, long n, double low, double high) {
        WilsonInterval w = WilsonInterval.of(x, n);
        assertEquals(low, w.low().doubleValue(), TOLERANCE, "low");
        assertEquals(high, w.high().doubleValue(), TOLERANCE, "high");
    }

    @Test
    void isSymmetricBetweenSuccessesAndFailures() {
        WilsonInterval yes = WilsonInterval.of(30, 120);
        WilsonInterval no = WilsonInterval.of(90, 120);
        assertEquals(100 - yes.low().doubleValue(), no.high().doubleValue(), 1e-9);
        assertEquals(100 - yes.high().doubleValue(), no.low().doubleValue(), 1e-9);
    }

    @Test
    void narrowsAsTheSampleGrows() {
        double small = width(WilsonInterval.of(50, 100));
        double large = width(WilsonInterval.of(500, 1000));
        assertEquals(true, large < small / 3, "√10 ≈ 3.16 times narrower");
    }

    @ParameterizedTest(name = "{0}/{1} vs {3} {2} → {4}")
    @CsvSource({
            // ≥ 38.3: 38.19…44.28 straddles, 41.9…48.1 clears, 30.1…36.0 misses
            "412, 1000, AT_LEAST, 38.3, WITHIN_MARGIN",
            "450, 1000, AT_LEAST, 38.3, CLEARLY_MET",
            "330, 1000, AT_LEAST, 38.3, CLEARLY_MISSED",
            // ≤ 7.1, mirrored: 5.67…8.86 straddles, ~2.9…5.4 clears, ~10…14 misses
            "71, 1000, AT_MOST, 7.1, WITHIN_MARGIN",
            "40, 1000, AT_MOST, 7.1, CLEARLY_MET",
            "120, 1000, AT_MOST, 7.1, CLEARLY_MISSED"})
    void verdicts(long x, long n, Direction direction, String threshold, Verdict verdict) {
        Confidence c = WilsonInterval.of(x, n).against(new BigDecimal(threshold), direction);
        assertEquals(verdict, c.verdict());
        assertEquals(2, c.low().scale(), "bounds shown at 2 decimals");
    }

    @Test
    void rejectsImpossibleSamples() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
    }

    @Test
    void surveyRatiosCarryTheIntervalAndAdministrativeOnesDoNot() {
        Evaluation survey = Evaluator.evaluate(Fixtures.SURVEY_AT_LEAST, Fixtures.FY2019,
                List.of(Fixtures.ratio("2020-03-01", 50, 100)), EvaluationMode.YEAR_END);
        assertEquals(new BigDecimal("40.38"), survey.confidence().low());
        assertEquals(new BigDecimal("59.62"), survey.confidence().high());
        assertEquals(Verdict.CLEARLY_MET, survey.confidence().verdict());

        Evaluation administrative = Evaluator.evaluate(Fixtures.ADMINISTRATIVE, Fixtures.FY2019,
                List.of(Fixtures.ratio("2020-03-01", 50, 100)), EvaluationMode.YEAR_END);
        assertNull(administrative.confidence());
    }

    private static double width(WilsonInterval w) {
        return w.high().doubleValue() - w.low().doubleValue();
    }
}
