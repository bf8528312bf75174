package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.domain.measurement.PlanTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest published version of a plan, as ingest and evaluation read it. Parsed documents are
 * cached by (key, version): a published version never changes, and asking the database for the latest
 * version number on each call keeps every replica current without any invalidation message.
 */
@ApplicationScoped
public class CatalogLookup {

    /**
     * A published plan version: its measuring facts for ingest, its rules for evaluation, and the whole
     * plan (tree, budgets) for the evaluation pages.
     */
    public record Entry(PlanTargets targets, Map<String, TargetSpec> specs, PublishedPlan plan,
            java.time.OffsetDateTime publishedAt) {
    }

    private final ObjectMapper mapper;
    private final Map<String, Entry> parsed = new ConcurrentHashMap<>();

    public CatalogLookup(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Needs a transaction (or request context) for the database read. */
    public Optional<Entry> latest(String key) {
        List<Integer> versions = CatalogPlanEntity.getEntityManager()
                .createQuery("select max(p.id.version) from CatalogPlanEntity p where p.id.planKey = :key", Integer.class)
                .setParameter("key", key).getResultList();
        return version(key, versions.isEmpty() ? null : versions.get(0));
    }

    /**
     * A version the caller already knows to be the latest ({@code null}: none), e.g. read in the same statement as
     * other things (the projector's batch asks the evaluation tables and this in one round trip).
     */
    public Optional<Entry> version(String key, Integer version) {
        if (version == null) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(key + "#" + version, k -> load(key, version)));
    }

    /** The latest version of every plan known. */
    public List<Entry> all() {
        List<String> keys = CatalogPlanEntity.getEntityManager()
                .createQuery("select distinct p.id.planKey from CatalogPlanEntity p order by 1", String.class)
                .getResultList();
        return keys.stream().map(this::latest).flatMap(Optional::stream).toList();
    }

    /** The plans whose latest version follows {@code key} (前年度の運営方針 → this year's), in key order. */
    public List<Entry> followers(String key) {
        return followersAmong(key, CatalogPlanEntity.getEntityManager()
                .createQuery("select distinct p.id.planKey from CatalogPlanEntity p where p.followsPlanKey = :key "
                        + "order by 1", String.class)
                .setParameter("key", key).getResultList());
    }

    /**
     * Of {@code keys}, plans one of whose versions named {@code key} as followed, those whose latest version still
     * follows it (a later version may follow another plan, or none).
     */
    public List<Entry> followersAmong(String key, Collection<String> keys) {
        return keys.stream().sorted().map(this::latest).flatMap(Optional::stream)
                .filter(entry -> entry.plan().follows() != null && key.equals(entry.plan().follows().plan()))
                .toList();
    }

    public Optional<PlanTargets> targets(String key) {
        return latest(key).map(Entry::targets);
    }

    private Entry load(String key, int version) {
        CatalogPlanEntity row = CatalogPlanEntity.findById(new CatalogPlanEntity.Key(key, version));
        try {
            PublishedPlan plan = PublishedPlan.of(mapper.readTree(row.document));
            return new Entry(targets(key, version, row, plan), TargetSpecs.of(key, plan), plan, row.publishedAt);
        } catch (Exception e) {
            throw new IllegalStateException("catalog document of " + key + " v" + version + " is unreadable", e);
        }
    }

    private static PlanTargets targets(String key, int version, CatalogPlanEntity row, PublishedPlan plan) {
        Map<String, PlanTargets.TargetKind> targets = new LinkedHashMap<>();
        plan.targets().forEach(target -> targets.put(target.code(), kind(target)));
        return new PlanTargets(key, version, row.fiscalStart.getYear(), plan.areas(), targets);
    }

    private static PlanTargets.TargetKind kind(PublishedPlan.Target target) {
        PublishedPlan.Rule rule = target.rule();
        boolean previousYear = rule.baseline() != null && ("PREVIOUS_YEAR_SAME_PERIOD".equals(rule.baseline().type())
                || "PREVIOUS_YEAR".equals(rule.baseline().type()));
        return new PlanTargets.TargetKind(target.code(), takes(rule), rule.scale(), previousYear);
    }

    /** The measurement kind a plan rule takes: a PERCENT is a survey unless its basis is administrative. */
    private static Measurement.Kind takes(PublishedPlan.Rule rule) {
        if ("PERCENT".equals(rule.kind())) {
            return "ADMINISTRATIVE".equals(rule.percentBasis()) ? Measurement.Kind.RATIO : Measurement.Kind.SURVEY;
        }
        return Measurement.Kind.valueOf(rule.kind());
    }
}
