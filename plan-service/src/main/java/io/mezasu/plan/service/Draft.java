package io.mezasu.plan.service;

import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.Violation;
import java.time.OffsetDateTime;
import java.util.List;

/** The editable draft of a plan and what stands between it and publishing. */
public record Draft(
        String key,
        Integer supersedes,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        PlanDocument plan,
        List<Violation> violations) {
}
