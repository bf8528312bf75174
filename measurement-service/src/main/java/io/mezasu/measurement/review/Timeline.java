package io.mezasu.measurement.review;

import io.mezasu.measurement.catalog.CatalogService;
import io.mezasu.measurement.review.ReviewViews.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plan's year in one list, newest first: published versions (from the catalog), review points, narrative changes,
 * closes and reopens, each with who and when. PlanPublished v1 does not carry the publisher, so a version's actor is
 * the publishing service; plan-service names the person (GET /plans/{key}/versions/{n}, publishedBy).
 */
@ApplicationScoped
public class Timeline {

    static final String PUBLISHER = "plan-service";

    private final CatalogService catalog;
    private final ReviewRepository reviews;
    private final NarrativeRepository narratives;
    private final PeriodRepository periods;

    Timeline(CatalogService catalog, ReviewRepository reviews, NarrativeRepository narratives,
            PeriodRepository periods) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.narratives = narratives;
        this.periods = periods;
    }

    @Transactional
    public List<TimelineEntry> of(String plan) {
        List<TimelineEntry> entries = new ArrayList<>();
        catalog.versions(plan).forEach(v -> entries.add(new TimelineEntry(v.publishedAt(), "PLAN_PUBLISHED", PUBLISHER,
                v.version(), null, null, null, null, null, "第" + v.version() + "版を公表 (version " + v.version()
                        + " published)")));
        reviews.list(plan).forEach(r -> entries.add(new TimelineEntry(r.recordedAt(), "REVIEW_RECORDED", r.recordedBy(),
                r.planVersion(), r.id(), r.kind(), null, null, null, label(r.kind()) + " " + r.asOf() + " 時点")));
        narratives.ofPlan(plan).forEach(n -> entries.add(new TimelineEntry(n.writtenAt(), "NARRATIVE_CHANGED",
                n.author(), null, n.review(), null, n.code(), n.version(), null, n.code() + " の記述 第" + n.version()
                        + "版")));
        periods.changes(plan).forEach(c -> entries.add(new TimelineEntry(c.at(), "CLOSE".equals(c.action())
                ? "YEAR_CLOSED" : "YEAR_REOPENED", c.actor(), null, c.review(), null, null, null, c.reason(),
                c.fiscalYear() + "年度を" + ("CLOSE".equals(c.action()) ? "確定" : "再開"))));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private static String label(String kind) {
        return ReviewKind.MIDYEAR.name().equals(kind) ? "中間振り返り" : "年度末評価";
    }
}
