package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.PriorYear;
import io.mezasu.measurement.evaluation.EvaluationRepository.Stored;
import io.mezasu.measurement.projection.InEffectCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the followed plan (前年度の運営方針) knows of the previous year, per previous-year target of a plan that follows
 * one: its final (年度末) evaluation, from the evaluations this service stored from that plan's own measurements, and
 * its observations in effect. No vendor resubmits last year's figure under the new plan's key.
 */
@ApplicationScoped
class PriorYears {

    private final CatalogLookup catalog;
    private final EvaluationRepository evaluations;
    private final InEffectCache inEffectCache;

    PriorYears(CatalogLookup catalog, EvaluationRepository evaluations, InEffectCache inEffectCache) {
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.inEffectCache = inEffectCache;
    }

    /** By target code of {@code entry}; empty when the plan follows none, or the followed plan is not known here. */
    Map<String, PriorYear> of(CatalogLookup.Entry entry) {
        PublishedPlan.Follows follows = entry.plan().follows();
        if (follows == null) {
            return Map.of();
        }
        Optional<CatalogLookup.Entry> followed = catalog.latest(follows.plan());
        if (followed.isEmpty()) {
            return Map.of();
        }
        Map<String, Stored> current = evaluations.current(follows.plan());
        Map<String, List<Observation>> observations = inEffectCache.inEffect(follows.plan());
        Map<String, PriorYear> priors = new HashMap<>();
        entry.specs().forEach((code, spec) -> {
            String continued = follows.continued(code);
            if (spec.baseline() != null && spec.baseline().isPending()
                    && followed.get().specs().containsKey(continued)) {
                priors.put(code, prior(follows.plan(), continued, current.get(continued),
                        observations.getOrDefault(continued, List.of())));
            }
        });
        return priors;
    }

    /** A year-end evaluation with an actual is the followed target's final figure; anything else is not final yet. */
    private static PriorYear prior(String plan, String code, Stored stored, List<Observation> observations) {
        Evaluation last = stored == null ? null : stored.evaluation();
        boolean isFinal = last != null && last.mode() == EvaluationMode.YEAR_END && last.actual() != null;
        List<UUID> ids = isFinal ? last.explanation().observationIds() : List.of();
        return new PriorYear(plan, code, isFinal ? last.actual() : null, ids.isEmpty() ? null : ids.get(ids.size() - 1),
                observations);
    }
}
