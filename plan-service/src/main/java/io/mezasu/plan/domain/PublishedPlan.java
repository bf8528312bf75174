package io.mezasu.plan.domain;

import java.time.OffsetDateTime;

/** A frozen version of a plan, parsed once and shared: it never changes. */
public record PublishedPlan(
        String key,
        int version,
        Integer supersedes,
        OffsetDateTime publishedAt,
        String publishedBy,
        String contentHash,
        PlanDocument plan) {

    /** Strong validator: the same version always has the same bytes. */
    public String etag() {
        return key + ".v" + version + "." + contentHash.substring(0, 16);
    }
}
