package io.mezasu.plan.service;

import io.mezasu.plan.domain.PublishedPlan;
import io.mezasu.plan.domain.TargetEntry;
import java.util.List;

/** Targets (業績目標) chosen from one published version; the version is kept for its ETag. */
public record TargetSelection(PublishedPlan published, List<TargetEntry> targets) {
}
