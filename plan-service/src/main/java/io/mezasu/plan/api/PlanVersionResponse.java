package io.mezasu.plan.api;

import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanStats;
import io.mezasu.plan.domain.PublishedPlan;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanVersion", description = "A published, immutable version of a plan (区運営方針) as a whole tree")
public record PlanVersionResponse(
        @Schema(example = "minato-fy2019") String key,
        @Schema(example = "1") int version,
        @Schema(enumeration = "PUBLISHED") String status,
        @Schema(description = "The version this one corrects") Integer supersedes,
        OffsetDateTime publishedAt,
        String publishedBy,
        @Schema(description = "SHA-256 of the canonical plan document") String contentHash,
        PlanStats stats,
        PlanDocument plan) {

    static PlanVersionResponse of(PublishedPlan published) {
        return new PlanVersionResponse(published.key(), published.version(), "PUBLISHED", published.supersedes(),
                published.publishedAt(), published.publishedBy(), published.contentHash(),
                PlanStats.of(published.plan()), published.plan());
    }
}
