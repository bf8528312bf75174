package io.mezasu.measurement.catalog;

import java.time.OffsetDateTime;

/**
 * A CDI event fired inside the catalog transaction when a new plan version is recorded: its targets are judged
 * under the new rules in that same transaction.
 */
public record PlanVersionRecorded(String plan, int version, OffsetDateTime publishedAt) {
}
