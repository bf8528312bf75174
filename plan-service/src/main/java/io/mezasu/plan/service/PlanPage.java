package io.mezasu.plan.service;

import java.time.OffsetDateTime;
import java.util.List;

/** One page of the plan list. */
public record PlanPage(List<Item> items, int page, int size, long totalItems) {

    public record Item(String key, Integer latestVersion, String title, OffsetDateTime publishedAt,
            boolean hasDraft) {
    }
}
