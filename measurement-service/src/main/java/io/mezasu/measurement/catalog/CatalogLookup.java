package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.domain.measurement.PlanTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
     * document (tree, budgets) for the evaluation pages.
     */
    public record Entry(PlanTargets targets, Map<String, TargetSpec> specs, JsonNode document,
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
        Integer version = versions.isEmpty() ? null : versions.get(0);
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

    public Optional<PlanTargets> targets(String key) {
        return latest(key).map(Entry::targets);
    }

    private Entry load(String key, int version) {
        CatalogPlanEntity row = CatalogPlanEntity.findById(new CatalogPlanEntity.Key(key, version));
        try {
            JsonNode plan = mapper.readTree(row.document);
            return new Entry(targets(key, version, row, plan), TargetSpecs.of(key, plan), plan, row.publishedAt);
        } catch (Exception e) {
            throw new IllegalStateException("catalog document of " + key + " v" + version + " is unreadable", e);
        }
    }

    private static PlanTargets targets(String key, int version, CatalogPlanEntity row, JsonNode plan) {
        Map<String, PlanTargets.TargetKind> targets = new LinkedHashMap<>();
        for (JsonNode issue : plan.path("issues")) {
            for (JsonNode strategy : issue.path("strategies")) {
                for (JsonNode initiative : strategy.path("initiatives")) {
                    for (JsonNode target : initiative.path("targets")) {
                        JsonNode rule = target.path("rule");
                        String code = target.path("code").asText();
                        targets.put(code, new PlanTargets.TargetKind(code, takes(rule),
                                rule.hasNonNull("scale") ? rule.get("scale").asInt() : null,
                                "PREVIOUS_YEAR_SAME_PERIOD".equals(rule.path("baseline").path("type").asText())));
                    }
                }
            }
        }
        List<String> areas = new ArrayList<>();
        plan.path("areas").path("names").forEach(name -> areas.add(name.asText()));
        return new PlanTargets(key, version, row.fiscalStart.getYear(), areas, targets);
    }

    /** The measurement kind a plan rule takes: a PERCENT is a survey unless its basis is administrative. */
    private static Measurement.Kind takes(JsonNode rule) {
        String kind = rule.path("kind").asText();
        if ("PERCENT".equals(kind)) {
            return "ADMINISTRATIVE".equals(rule.path("percentBasis").asText())
                    ? Measurement.Kind.RATIO : Measurement.Kind.SURVEY;
        }
        return Measurement.Kind.valueOf(kind);
    }
}
