package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Wilson score interval for a binomial proportion, in percent. Chosen over the normal
 * approximation because it stays inside 0–100 % and behaves at small samples and extreme ratios.
 */
record WilsonInterval(BigDecimal low, BigDecimal high) {

    /** Two-sided 95 %. */
    static final double Z = 1.959964;

    private static final int SHOWN_SCALE = 2;

    static WilsonInterval of(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 ≤ " + successes + " ≤ " + trials + " and trials > 0");
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Clamp: floating error must not put a bound a hair outside 0–100 %.
        return new WilsonInterval(
                BigDecimal.valueOf(Math.max(0, centre - half) * 100),
                BigDecimal.valueOf(Math.min(1, centre + half) * 100));
    }

    /** CLEARLY_MET when the whole interval meets the threshold; mirrored for ≤ targets. */
    Confidence against(BigDecimal threshold, Direction direction) {
        BigDecimal worst = direction.upward() ? low : high;
        BigDecimal best = direction.upward() ? high : low;
        Confidence.Verdict verdict;
        if (direction.meets(worst, threshold)) {
            verdict = Confidence.Verdict.CLEARLY_MET;
        } else if (!direction.meets(best, threshold)) {
            verdict = Confidence.Verdict.CLEARLY_MISSED;
        } else {
            verdict = Confidence.Verdict.WITHIN_MARGIN;
        }
        return new Confidence(
                low.setScale(SHOWN_SCALE, RoundingMode.HALF_UP),
                high.setScale(SHOWN_SCALE, RoundingMode.HALF_UP),
                verdict);
    }
}
