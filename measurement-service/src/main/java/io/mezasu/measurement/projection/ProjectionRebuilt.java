package io.mezasu.measurement.projection;

import java.time.OffsetDateTime;

/**
 * A CDI event fired, in a transaction of its own, once a replay has rebuilt the projection: observers (evaluation)
 * take a fresh look at every target, since no {@link TargetsChanged} was fired during the replay. {@code inEffect}:
 * what the replay found in effect per target, unless it held too many to keep ({@link ReplayedInEffect#complete()}).
 */
public record ProjectionRebuilt(OffsetDateTime at, ReplayedInEffect inEffect) {
}
