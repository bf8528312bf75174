package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The catalog of published plans this service knows, fed only by PlanPublished events. */
@ApplicationScoped
public class CatalogService {

    private final Clock clock;
    private final Event<PlanVersionRecorded> recorded;

    public CatalogService(Clock clock, Event<PlanVersionRecorded> recorded) {
        this.clock = clock;
        this.recorded = recorded;
    }

    /** Idempotent: a redelivered event (same id) or a version already known changes nothing. */
    @Transactional
    public boolean record(String eventId, JsonNode data) {
        String key = text(data, "planKey");
        int version = data.path("version").asInt();
        if (CatalogPlanEntity.count("eventId", eventId) > 0
                || CatalogPlanEntity.findById(new CatalogPlanEntity.Key(key, version)) != null) {
            return false;
        }
        JsonNode plan = data.path("plan");
        PublishedPlan published = PublishedPlan.of(plan); // read as the lookups will read it: it must be readable
        CatalogPlanEntity row = new CatalogPlanEntity();
        row.id = new CatalogPlanEntity.Key(key, version);
        row.eventId = eventId;
        row.title = text(plan, "title");
        row.fiscalStart = required(published.fiscalStart(), "fiscalYear.start");
        row.fiscalEnd = required(published.fiscalEnd(), "fiscalYear.end");
        row.targetCount = data.path("stats").path("targets").asInt();
        row.contentHash = text(data, "contentHash");
        row.publishedAt = OffsetDateTime.parse(text(data, "publishedAt"));
        row.receivedAt = OffsetDateTime.now(clock);
        row.document = plan.toString();
        row.followsPlanKey = published.follows() == null ? null : published.follows().plan();
        row.persist();
        recorded.fire(new PlanVersionRecorded(key, version, row.publishedAt)); // observers write in this transaction
        return true;
    }

    @Transactional
    public List<CatalogPlan> versions(String key) {
        List<CatalogPlanEntity> rows = CatalogPlanEntity.list("id.planKey", Sort.ascending("id.version"), key);
        if (rows.isEmpty()) {
            throw ProblemException.notFound(Text.of("plan.not-known", "plan", key));
        }
        return rows.stream().map(r -> new CatalogPlan(r.id.planKey(), r.id.version(), r.title, r.fiscalStart,
                r.fiscalEnd, r.targetCount, r.contentHash, r.publishedAt, r.receivedAt)).toList();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("PlanPublished without " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("PlanPublished without " + field);
        }
        return value.asText();
    }
}
