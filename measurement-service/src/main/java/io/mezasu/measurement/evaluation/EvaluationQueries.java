package io.mezasu.measurement.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.evaluation.PriorYear;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationViews.PlanEvaluation;
import io.mezasu.measurement.evaluation.EvaluationViews.TargetEvaluation;
import io.mezasu.measurement.projection.ProjectionRepository;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads evaluations: the stored current or as-of versions, or, for a what-if mode, evaluations computed
 * on request from the measurements in effect (now, or as of a recorded time). Every view is judged on its
 * read day, today or asOf's day in Japan: stored evaluations the calendar has made stale are computed again
 * for that day (EvaluationRefresh).
 */
@ApplicationScoped
public class EvaluationQueries {

    private final CatalogLookup catalog;
    private final EvaluationRepository evaluations;
    private final ProjectionRepository measurements;
    private final EvaluationService evaluator;
    private final ObjectMapper mapper;
    private final PlanPages pages;
    private final EvaluationRefresh refresh;
    private final Clock clock;

    public EvaluationQueries(CatalogLookup catalog, EvaluationRepository evaluations, ProjectionRepository measurements,
            EvaluationService evaluator, ObjectMapper mapper, PlanPages pages, EvaluationRefresh refresh, Clock clock) {
        this.pages = pages;
        this.refresh = refresh;
        this.clock = clock;
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.evaluator = evaluator;
        this.mapper = mapper;
    }

    /** The current page of a plan as JSON, with an ETag; rendered once per change of its evaluations. */
    public PlanPages.Page currentPlan(String key) {
        PlanPages.Page fresh = pages.fresh(key);
        return fresh != null ? fresh : QuarkusTransaction.requiringNew().call(() -> checkedPlan(key));
    }

    private PlanPages.Page checkedPlan(String key) {
        CatalogLookup.Entry entry = entry(key);
        // The read day is part of the page: in-year expectations move on at midnight (Japan) with no change stored.
        LocalDate today = readDay(null);
        String etag = "\"" + key + ".v" + entry.targets().version() + "." + evaluations.fingerprint(key) + "." + today
                + "\"";
        PlanPages.Page cached = pages.get(key);
        try {
            byte[] body = cached != null && cached.etag().equals(etag) ? cached.body()
                    : mapper.writeValueAsBytes(plan(entry, null, null, today));
            PlanPages.Page page = new PlanPages.Page(etag, body, System.nanoTime());
            pages.put(key, page);
            return page;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the plan page always serializes", e);
        }
    }

    @Transactional
    public PlanEvaluation plan(String key, OffsetDateTime asOf, EvaluationMode mode) {
        return plan(entry(key), asOf, mode, readDay(asOf));
    }

    private PlanEvaluation plan(CatalogLookup.Entry entry, OffsetDateTime asOf, EvaluationMode mode, LocalDate on) {
        return PlanTree.build(entry, targets(entry, asOf, mode, on), asOf, mode);
    }

    @Transactional
    public TargetEvaluation target(String key, String code, OffsetDateTime asOf, EvaluationMode mode) {
        CatalogLookup.Entry entry = entry(key);
        if (!entry.specs().containsKey(code)) {
            throw ProblemException.notFound(Text.of("plan.no-target", "plan", key, "target", code));
        }
        LocalDate on = readDay(asOf);
        TargetEvaluation found = asOf == null && mode == null
                ? refresh.on(entry, evaluations.current(key, List.of(code)).values().stream()
                        .collect(Collectors.toMap(EvaluationRepository.Stored::target, this::view)), null, on).get(code)
                : targets(entry, asOf, mode, on).get(code); // the polled path reads one row; as-of and what-if, the plan
        if (found == null) {
            throw ProblemException.notFound(Text.of("evaluation.none-yet", "target", code, "asOf", asOf));
        }
        return found;
    }

    @Transactional
    public List<TargetEvaluation> history(String key, String code) {
        CatalogLookup.Entry entry = entry(key);
        if (!entry.specs().containsKey(code)) {
            throw ProblemException.notFound(Text.of("plan.no-target", "plan", key, "target", code));
        }
        return evaluations.history(key, code).stream().map(this::view).toList();
    }

    /** The day a view is judged on: asOf's day, or today, in Japan. */
    private LocalDate readDay(OffsetDateTime asOf) {
        return evaluator.dateOf(asOf != null ? asOf : OffsetDateTime.now(clock));
    }

    private Map<String, TargetEvaluation> targets(CatalogLookup.Entry entry, OffsetDateTime asOf, EvaluationMode mode,
            LocalDate on) {
        String key = entry.targets().key();
        if (mode == null) {
            Map<String, EvaluationRepository.Stored> stored = asOf == null ? evaluations.current(key)
                    : evaluations.asOf(key, asOf);
            return refresh.on(entry, stored.values().stream()
                    .collect(Collectors.toMap(EvaluationRepository.Stored::target, this::view)), asOf, on);
        }
        List<ProjectionRepository.InEffect> rows = asOf == null ? measurements.inEffect(key, null)
                : measurements.inEffectAsOf(key, asOf);
        Map<String, List<ProjectionRepository.InEffect>> byTarget = rows.stream()
                .collect(Collectors.groupingBy(ProjectionRepository.InEffect::target));
        FiscalPeriod period = EvaluationService.period(entry);
        Map<String, TargetEvaluation> computed = new HashMap<>();
        Map<String, PriorYear> priors = evaluator.priors(entry);
        for (Map.Entry<String, TargetSpec> spec : entry.specs().entrySet()) {
            Evaluation evaluation = evaluator.evaluate(spec.getValue(), period,
                    byTarget.getOrDefault(spec.getKey(), List.of()), mode, on, priors.get(spec.getKey()));
            computed.put(spec.getKey(), new TargetEvaluation(key, entry.targets().version(), spec.getKey(), null, null,
                    null, evaluation));
        }
        return computed;
    }

    private CatalogLookup.Entry entry(String key) {
        return catalog.latest(key).orElseThrow(() -> ProblemException.notFound(Text.of("plan.not-known", "plan", key)));
    }

    private TargetEvaluation view(EvaluationRepository.Stored s) {
        return new TargetEvaluation(s.plan(), s.planVersion(), s.target(), s.version(), s.recordedAt(),
                s.lastMeasurementId(), s.evaluation());
    }
}
