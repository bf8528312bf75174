package io.mezasu.measurement.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RollupTest {

    @Test
    void yearEndRateLeavesOutWhatCannotBeAssessed() {
        Rollup r = Rollup.of(of(Status.ACHIEVED, Status.ACHIEVED, Status.ACHIEVED, Status.NOT_ACHIEVED,
                Status.NO_DATA, Status.NO_DATA, Status.BASELINE_PENDING));
        assertEquals(3, r.count(Status.ACHIEVED));
        assertEquals(1, r.count(Status.NOT_ACHIEVED));
        assertEquals(2, r.count(Status.NO_DATA));
        assertEquals(1, r.count(Status.BASELINE_PENDING));
        assertEquals(0, r.count(Status.ON_TRACK));
        assertEquals(7, r.total());
        assertEquals(4, r.assessable());
        assertEquals(3, r.met());
        assertEquals(new BigDecimal("75.0"), r.achievementRate());
    }

    @Test
    void inYearCountsOnTrackAndDoneAsMet() {
        // met: ON_TRACK ×2, DONE; not met: BEHIND, IN_PROGRESS, NOT_DONE → 3 / 6
        Rollup r = Rollup.of(of(Status.ON_TRACK, Status.ON_TRACK, Status.BEHIND, Status.DONE, Status.IN_PROGRESS,
                Status.NOT_DONE));
        assertEquals(6, r.assessable());
        assertEquals(3, r.met());
        assertEquals(new BigDecimal("50.0"), r.achievementRate());
    }

    @Test
    void rateIsRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.7"), Rollup.of(of(Status.ACHIEVED, Status.ACHIEVED, Status.NOT_ACHIEVED)).achievementRate());
        assertEquals(new BigDecimal("33.3"), Rollup.of(of(Status.ACHIEVED, Status.BEHIND, Status.NOT_ACHIEVED)).achievementRate());
        assertEquals(new BigDecimal("0.0"), Rollup.of(of(Status.NOT_ACHIEVED)).achievementRate());
        assertEquals(new BigDecimal("100.0"), Rollup.of(of(Status.DONE)).achievementRate());
    }

    @Test
    void rateIsNullWhenNothingIsAssessable() {
        Rollup pending = Rollup.of(of(Status.NO_DATA, Status.BASELINE_PENDING));
        assertNull(pending.achievementRate());
        assertEquals(2, pending.total());
        assertEquals(0, pending.assessable());

        Rollup empty = Rollup.of(List.of());
        assertNull(empty.achievementRate());
        assertEquals(0, empty.total());
        assertEquals(Status.values().length, empty.counts().size(), "every status listed, zero included");
    }

    /** Evaluations made by the evaluator itself, so the rollup is tested on real values. */
    @Test
    void rollsUpRealEvaluations() {
        List<Evaluation> evaluations = List.of(
                Evaluator.evaluate(Fixtures.SURVEY_AT_LEAST, Fixtures.FY2019, List.of(Fixtures.ratio("2020-03-01", 412, 1000)),
                        EvaluationMode.YEAR_END),
                Evaluator.evaluate(Fixtures.FACILITIES, Fixtures.FY2019, List.of(Fixtures.total("2020-03-01", 4)),
                        EvaluationMode.YEAR_END),
                Evaluator.evaluate(Fixtures.SCORE, Fixtures.FY2019, List.of(), EvaluationMode.YEAR_END));
        Rollup r = Rollup.of(evaluations);
        assertEquals(1, r.count(Status.ACHIEVED));
        assertEquals(1, r.count(Status.NOT_ACHIEVED));
        assertEquals(1, r.count(Status.NO_DATA));
        assertEquals(new BigDecimal("50.0"), r.achievementRate());
    }

    private static List<Evaluation> of(Status... statuses) {
        return Arrays.stream(statuses)
                .map(s -> new Evaluation("x", EvaluationMode.YEAR_END, s, null, null, null, null, null, null, null, null,
                        new Explanation(List.of(), null, ""), null, null))
                .collect(Collectors.toList());
    }
}
