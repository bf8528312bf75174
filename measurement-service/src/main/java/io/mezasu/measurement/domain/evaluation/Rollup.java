package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts and achievement rate (達成率) over a group of evaluations: a strategy, a management issue,
 * a plan. The rate is met ÷ assessable × 100, 1 decimal, over targets that can be judged (NO_DATA and
 * BASELINE_PENDING left out); ACHIEVED, ON_TRACK and DONE count as met. Null when nothing is assessable.
 *
 * @param counts every status, zero included
 */
public record Rollup(Map<Status, Integer> counts, int total, int assessable, int met, BigDecimal achievementRate) {

    public Rollup {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public static Rollup of(List<Evaluation> evaluations) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        int assessable = 0;
        int met = 0;
        for (Evaluation e : evaluations) {
            counts.merge(e.status(), 1, Integer::sum);
            assessable += e.status().isAssessable() ? 1 : 0;
            met += e.status().isMet() ? 1 : 0;
        }
        BigDecimal rate = assessable == 0 ? null
                : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(assessable), 1, RoundingMode.HALF_UP);
        return new Rollup(counts, evaluations.size(), assessable, met, rate);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }
}
