package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;

/**
 * A Wilson 95 % score interval around a survey ratio, in percent (2 decimals), and whether the
 * whole interval lies on one side of the threshold. The verdict uses the unrounded bounds.
 */
public record Confidence(BigDecimal low, BigDecimal high, Verdict verdict) {

    public enum Verdict {
        /** The whole interval meets the threshold. */
        CLEARLY_MET,
        /** The threshold lies inside the interval: sampling alone could explain either outcome. */
        WITHIN_MARGIN,
        /** The whole interval misses the threshold. */
        CLEARLY_MISSED
    }
}
