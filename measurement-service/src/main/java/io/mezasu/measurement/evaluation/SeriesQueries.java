package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationViews.SeriesYear;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetEvaluation;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetSeries;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An indicator year by year over the chain of plans (経年): the plan asked for, then each plan it follows, walking
 * {@code follows} backwards through the target each continues. Plans follow the previous year's, so the chain ends;
 * it is still walked with a visited set and at most {@link EvaluationService#MAX_CHAIN} plans, so a catalog that
 * somehow loops cannot hang a read.
 */
@ApplicationScoped
public class SeriesQueries {

    private final CatalogLookup catalog;
    private final EvaluationRepository evaluations;
    private final EvaluationRefresh refresh;
    private final EvaluationService evaluator;
    private final Clock clock;

    SeriesQueries(CatalogLookup catalog, EvaluationRepository evaluations, EvaluationRefresh refresh,
            EvaluationService evaluator, Clock clock) {
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.refresh = refresh;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @Transactional
    public TargetSeries series(String key, String code) {
        CatalogLookup.Entry entry = catalog.latest(key).orElseThrow(() -> ProblemException.notFound(
                Text.of("plan.not-known", "plan", key)));
        if (!entry.specs().containsKey(code)) {
            throw ProblemException.notFound(Text.of("plan.no-target", "plan", key, "target", code));
        }
        LocalDate today = evaluator.dateOf(OffsetDateTime.now(clock));
        Deque<SeriesYear> years = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        String target = code;
        CatalogLookup.Entry at = entry;
        while (seen.add(at.targets().key()) && years.size() < EvaluationService.MAX_CHAIN) {
            years.addFirst(year(at, target, today));
            PublishedPlan.Follows follows = at.plan().follows();
            String continued = follows == null ? null : follows.continued(target);
            Optional<CatalogLookup.Entry> followed = follows == null ? Optional.empty()
                    : catalog.latest(follows.plan()).filter(e -> e.specs().containsKey(continued));
            if (followed.isEmpty()) {
                break;
            }
            target = continued;
            at = followed.get();
        }
        return new TargetSeries(key, code, List.copyOf(years));
    }

    /** One plan's year: its stored evaluation of the target, judged on the read day like every evaluation read. */
    private SeriesYear year(CatalogLookup.Entry entry, String code, LocalDate today) {
        String plan = entry.targets().key();
        Map<String, TargetEvaluation> stored = evaluations.current(plan, List.of(code)).values().stream()
                .collect(Collectors.toMap(EvaluationRepository.Stored::target, s -> new TargetEvaluation(s.plan(),
                        s.planVersion(), s.target(), s.version(), s.recordedAt(), s.lastMeasurementId(),
                        s.evaluation())));
        TargetEvaluation view = refresh.on(entry, stored, null, today).get(code);
        Evaluation e = view == null ? null : view.evaluation();
        TargetSpec spec = entry.specs().get(code);
        PublishedPlan.Target target = entry.plan().targets().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow();
        return new SeriesYear(entry.targets().period().year(), plan, entry.targets().version(), code,
                target.indicator(), target.targetText(), spec.unit(),
                e != null && e.target() != null ? e.target() : spec.threshold(), e == null ? null : e.actual(),
                e == null ? null : e.status(), e != null && e.mode() == EvaluationMode.YEAR_END);
    }
}
