package io.mezasu.measurement.projection;

import java.time.OffsetDateTime;

/**
 * A CDI event fired, in a transaction of its own, once a replay has rebuilt the projection: observers (evaluation)
 * take a fresh look at every target, since no {@link TargetsChanged} was fired during the replay.
 */
public record ProjectionRebuilt(OffsetDateTime at) {
}
