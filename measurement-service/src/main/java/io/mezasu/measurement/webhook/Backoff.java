package io.mezasu.measurement.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: exponential (first, 2×, 4×, …) up to a ceiling, with "equal jitter"
 * (half the step fixed, half random) so subscribers that failed together do not all come back at the same moment.
 *
 * @param first the wait after the first failed attempt (before jitter)
 * @param ceiling the longest wait
 * @param maxAttempts attempts in all; after the last failure the delivery is dead (DEAD)
 */
public record Backoff(Duration first, Duration ceiling, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first ≤ ceiling and at least one attempt");
        }
    }

    /** True when a delivery that has failed {@code attempts} times gets no further attempt. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * The wait after failed attempt number {@code attempt} (1-based).
     *
     * @param random a value in [0, 1), e.g. from ThreadLocalRandom
     */
    public Duration after(int attempt, double random) {
        long step = first.toMillis();
        for (int i = 1; i < attempt && step < ceiling.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, ceiling.toMillis());
        return Duration.ofMillis(step / 2 + (long) (random * (step - step / 2)));
    }
}
