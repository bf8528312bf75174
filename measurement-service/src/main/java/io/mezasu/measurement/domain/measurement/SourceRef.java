package io.mezasu.measurement.domain.measurement;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The natural key of a measurement: (source, source id). The measurement id is derived from it, so
 * a resubmission or a correction always lands on the same measurement, on any replica.
 */
public record SourceRef(String source, String sourceId) {

    public UUID measurementId() {
        return UUID.nameUUIDFromBytes(("mezasu:measurement\n" + source + "\n" + sourceId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
