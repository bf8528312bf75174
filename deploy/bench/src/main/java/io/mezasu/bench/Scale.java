package io.mezasu.bench;

import java.time.Duration;

/** How much each scenario does: the full figures of issue #7, or a smoke of a few hundred requests for CI. */
public record Scale(String name, int batchTotal, int batchSize, int batchThreads, int singleRate, Duration singleFor,
        int freshRate, Duration freshFor, int readRate, Duration readFor, int replayEvents, Duration warmUp,
        Duration idleBeforeRss) {

    public static final Scale FULL = new Scale("full", 200_000, 1_000, 2, 500, Duration.ofSeconds(60), 200,
            Duration.ofSeconds(30), 500, Duration.ofSeconds(30), 1_000_000, Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    public static final Scale SMOKE = new Scale("smoke", 4_000, 1_000, 2, 50, Duration.ofSeconds(2), 25,
            Duration.ofSeconds(2), 50, Duration.ofSeconds(2), 5_000, Duration.ZERO, Duration.ofSeconds(1));

    public Scale withReplayEvents(int events) {
        return new Scale(name, batchTotal, batchSize, batchThreads, singleRate, singleFor, freshRate, freshFor,
                readRate, readFor, events, warmUp, idleBeforeRss);
    }

    public boolean smoke() {
        return this == SMOKE;
    }
}
