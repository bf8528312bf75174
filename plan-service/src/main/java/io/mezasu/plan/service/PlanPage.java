package io.mezasu.plan.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the plan list. */
public record PlanPage(List<Item> items, int page, int size, long totalItems) {

    public record Item(String key, Integer latestVersion, String title, OffsetDateTime publishedAt,
            @Schema(description = "Shown to plan editors and readers only") Boolean hasDraft) {
    }
}
