package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.evaluation.PriorYear;
import io.mezasu.measurement.domain.evaluation.Staleness;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.projection.ProjectionRepository;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps the stored evaluations true on the day they are read. A stored evaluation is judged on the day of
 * the change behind it; an in-year 延べ or 全地域 expectation grows every day after, and the mode turns to
 * 年度末 when the year ends, with no new measurement. Those evaluations (see {@link Staleness}) are computed
 * again on read from the measurements in effect, for the read day; the others are served as stored. The
 * stored version, its number and its recorded time are left as they are: a read changes nothing.
 * <p>
 * A stored evaluation and a day always give the same result (an unchanged evaluation has the same actual
 * and the same inputs), so results are kept per stored evaluation and day: a polled target is computed
 * again once a day, not on every read.
 */
@ApplicationScoped
class EvaluationRefresh {

    /** Far more than a city's targets on one day; past it the results start over. */
    private static final int MAX_KEPT = 10_000;

    /** The stored evaluation itself is part of the key: a version rewritten in place is another evaluation. */
    private record Key(String plan, String target, int planVersion, LocalDate on, Evaluation stored) {
    }

    private final Map<Key, Evaluation> kept = new ConcurrentHashMap<>();

    private final ProjectionRepository measurements;
    private final EvaluationService evaluator;

    EvaluationRefresh(ProjectionRepository measurements, EvaluationService evaluator) {
        this.measurements = measurements;
        this.evaluator = evaluator;
    }

    /**
     * @param views stored evaluations by target, of the current view ({@code asOf} null) or as of {@code asOf}
     * @param on    the read day: today, or asOf's day, in Japan
     */
    Map<String, TargetEvaluation> on(CatalogLookup.Entry entry, Map<String, TargetEvaluation> views,
            OffsetDateTime asOf, LocalDate on) {
        FiscalPeriod period = EvaluationService.period(entry);
        EvaluationMode mode = evaluator.defaultMode(period, on);
        Map<String, TargetEvaluation> refreshed = new HashMap<>(views);
        Set<String> stale = views.values().stream()
                .filter(view -> entry.specs().containsKey(view.target()))
                .filter(view -> Staleness.isStale(view.evaluation(), entry.specs().get(view.target()), mode, on))
                .map(TargetEvaluation::target)
                .collect(Collectors.toSet());
        stale.removeIf(target -> {
            Evaluation known = kept.get(key(views.get(target), on));
            if (known != null) {
                refreshed.put(target, replaced(views.get(target), known));
            }
            return known != null;
        });
        if (stale.isEmpty()) {
            return refreshed;
        }
        String plan = entry.targets().key();
        List<ProjectionRepository.InEffect> rows = asOf == null ? measurements.inEffect(plan, stale)
                : measurements.inEffectAsOf(plan, asOf);
        Map<String, List<ProjectionRepository.InEffect>> byTarget = rows.stream()
                .filter(row -> stale.contains(row.target()))
                .collect(Collectors.groupingBy(ProjectionRepository.InEffect::target));
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        Map<String, PriorYear> priors = evaluator.priors(entry);
        for (String target : stale) {
            TargetSpec spec = entry.specs().get(target);
            Evaluation now = evaluator.evaluate(spec, period, byTarget.getOrDefault(target, List.of()), mode, on,
                    priors.get(target));
            TargetEvaluation stored = views.get(target);
            kept.put(key(stored, on), now);
            refreshed.put(target, replaced(stored, now));
        }
        return refreshed;
    }

    private static Key key(TargetEvaluation stored, LocalDate on) {
        return new Key(stored.plan(), stored.target(), stored.planVersion(), on, stored.evaluation());
    }

    /** The stored version's identity with the evaluation of the read day. */
    private static TargetEvaluation replaced(TargetEvaluation stored, Evaluation evaluation) {
        return new TargetEvaluation(stored.plan(), stored.planVersion(), stored.target(), stored.version(),
                stored.recordedAt(), stored.lastMeasurementId(), evaluation);
    }
}
