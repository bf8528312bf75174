package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.catalog.PlanVersionRecorded;
import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Evaluator;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.PriorYear;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationRepository.Save;
import io.mezasu.measurement.evaluation.EvaluationRepository.Stored;
import io.mezasu.measurement.projection.InEffectCache;
import io.mezasu.measurement.projection.Observations;
import io.mezasu.measurement.projection.ProjectionRebuilt;
import io.mezasu.measurement.projection.ProjectionRepository;
import io.mezasu.measurement.projection.ReplayedInEffect;
import io.mezasu.measurement.projection.TargetsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Recomputes the evaluations of exactly the targets a batch of measurement changes touched. A target is
 * evaluated once per projected batch, from its measurements in effect after the batch's last change to it:
 * when the projector keeps up, a batch is one request's changes; when a backlog builds, one evaluation covers
 * everything that arrived together, so the cost per measurement falls as the load rises. A new version is
 * kept only when the evaluation changed, and then announced. A 再掲 initiative has no targets of its own, so
 * within a plan the changed target is the only one affected; a plan that follows this one (前年度の運営方針) takes
 * its previous-year baselines from it, so the targets continuing a changed one are judged again in the same
 * transaction (the year-end pass's finals turn their BASELINE_PENDING into a status), and so on down the chain.
 */
@ApplicationScoped
public class EvaluationService {

    private final CatalogLookup catalog;
    private final InEffectCache inEffectCache;
    private final PlanPages pages;
    private final EvaluationRepository evaluations;
    private final TargetEvaluatedEvents events;
    private final MeasurementConfig config;
    private final PriorYears priorYears;

    /** Plans follow the previous year's, so a chain is one plan per year; this bounds a corrupt catalog's. */
    static final int MAX_CHAIN = 20;

    EvaluationService(CatalogLookup catalog, InEffectCache inEffectCache, EvaluationRepository evaluations,
            TargetEvaluatedEvents events, MeasurementConfig config, PlanPages pages, PriorYears priorYears) {
        this.priorYears = priorYears;
        this.pages = pages;
        this.catalog = catalog;
        this.inEffectCache = inEffectCache;
        this.evaluations = evaluations;
        this.events = events;
        this.config = config;
    }

    /** A live batch was projected: each target it changed is judged from its measurements in effect now. */
    void onTargetsChanged(@Observes TargetsChanged changed) {
        Map<String, List<TargetsChanged.Target>> byPlan = new LinkedHashMap<>();
        changed.targets().forEach(t -> byPlan.computeIfAbsent(t.plan(), p -> new ArrayList<>()).add(t));
        byPlan.forEach((plan, targets) -> {
            EvaluationRepository.CurrentOfPlan known = evaluations.currentOfPlan(plan,
                    targets.stream().map(TargetsChanged.Target::code).toList());
            catalog.version(plan, known.planVersion()).ifPresent(entry -> evaluate(plan, entry, targets, known));
        });
    }

    /** The batch's targets of one plan, judged under its latest version. */
    private void evaluate(String plan, CatalogLookup.Entry entry, List<TargetsChanged.Target> targets,
            EvaluationRepository.CurrentOfPlan known) {
        Map<String, Stored> current = known.evaluations();
        List<Save> saves = new ArrayList<>();
        Map<String, PriorYear> priors = priorYears.of(entry);
        for (TargetsChanged.Target target : targets) {
            TargetSpec spec = entry.specs().get(target.code());
            if (spec != null) { // else the target left the plan in a newer version: nothing to judge against
                evaluate(new Judging(plan, entry.targets().version(), period(entry), priors.get(target.code())),
                        spec, target.inEffect(), target.lastRecordedAt(), target.lastMeasurementId(),
                        current.get(target.code()), saves);
            }
        }
        // The followers came with the batch's other questions: no round trip of their own.
        store(plan, saves, 0, () -> catalog.followersAmong(plan, known.followers()));
    }

    /** A new plan version: every target starts over under its rules (a plan starts with 63 NO_DATA evaluations). */
    void onPlanVersionRecorded(@Observes PlanVersionRecorded recorded) {
        reevaluatePlan(recorded.plan(), recorded.publishedAt());
    }

    /** After a replay, every target once, from the rebuilt measurements. */
    void onProjectionRebuilt(@Observes ProjectionRebuilt rebuilt) {
        reevaluateAll(rebuilt.at(), rebuilt.inEffect());
    }

    /**
     * Every target of a plan evaluated at {@code at} from its measurements in effect: when a plan version
     * arrives (its targets start as NO_DATA), and after a replay.
     */
    public void reevaluatePlan(String plan, OffsetDateTime at) {
        catalog.latest(plan).ifPresent(entry -> reevaluate(entry, entry.specs().keySet(), at, 0));
    }

    /** The targets {@code codes} of a plan, judged at {@code at} from their measurements in effect. */
    private void reevaluate(CatalogLookup.Entry entry, Collection<String> codes, OffsetDateTime at, int depth) {
        String plan = entry.targets().key();
        Map<String, List<Observation>> inEffect = inEffectCache.inEffect(plan);
        Map<String, Stored> current = evaluations.current(plan);
        Map<String, PriorYear> priors = priorYears.of(entry);
        List<Save> saves = new ArrayList<>();
        for (String target : codes) {
            evaluate(new Judging(plan, entry.targets().version(), period(entry), priors.get(target)),
                    entry.specs().get(target), inEffect.getOrDefault(target, List.of()), at, null,
                    current.get(target), saves);
        }
        store(plan, saves, depth, () -> catalog.followers(plan));
    }

    /**
     * The plans that follow {@code plan} take their previous-year baselines from it: each target continuing one of
     * the changed ones is judged again at the time of the change.
     */
    private void reevaluateFollowers(List<Save> saves, int depth, Supplier<List<CatalogLookup.Entry>> followers) {
        if (depth >= MAX_CHAIN) {
            return;
        }
        Set<String> changed = new HashSet<>();
        OffsetDateTime at = saves.get(0).stored().recordedAt();
        for (Save save : saves) {
            changed.add(save.stored().target());
            at = save.stored().recordedAt().isAfter(at) ? save.stored().recordedAt() : at;
        }
        for (CatalogLookup.Entry follower : followers.get()) {
            PublishedPlan.Follows follows = follower.plan().follows();
            List<String> codes = follower.specs().entrySet().stream()
                    .filter(spec -> spec.getValue().baseline() != null && spec.getValue().baseline().isPending())
                    .map(Map.Entry::getKey).filter(code -> changed.contains(follows.continued(code))).toList();
            if (!codes.isEmpty()) {
                reevaluate(follower, codes, at, depth + 1);
            }
        }
    }

    /**
     * The year-end pass (年度末): every target of the plan judged as at {@code yearEnd} (00:00 on 1 April in Japan,
     * so in year-end mode) from its measurements in effect, a version recorded at {@code at} (when the pass ran)
     * for each whose evaluation changed, each announced. Returns how many versions were stored.
     */
    public int yearEnd(String plan, OffsetDateTime yearEnd, OffsetDateTime at) {
        return catalog.latest(plan).map(entry -> {
            Map<String, List<Observation>> inEffect = inEffectCache.inEffect(plan);
            Map<String, Stored> current = evaluations.current(plan);
            Map<String, PriorYear> priors = priorYears.of(entry);
            List<Save> saves = new ArrayList<>();
            entry.specs().forEach((target, spec) -> evaluate(new Judging(plan, entry.targets().version(),
                    period(entry), priors.get(target)), spec, inEffect.getOrDefault(target, List.of()), yearEnd, at,
                    null, current.get(target), saves));
            store(plan, saves, 0, () -> catalog.followers(plan));
            return saves.size();
        }).orElse(0);
    }

    /**
     * After a replay: every target judged as it was at its last known change, so that a clean rebuild
     * matches the live state exactly; where it does not, a version dated {@code now} records the difference. The
     * measurements in effect come from what the replay applied when it could keep them all ({@code replayed}), else
     * from the tables, one target at a time.
     */
    public void reevaluateAll(OffsetDateTime now, ReplayedInEffect replayed) {
        for (CatalogLookup.Entry entry : catalog.all()) {
            String plan = entry.targets().key();
            Map<String, Stored> current = evaluations.current(plan);
            Map<String, PriorYear> priors = priorYears.of(entry);
            List<Save> saves = new ArrayList<>();
            entry.specs().forEach((target, spec) -> {
                List<Observation> inEffect = replayed != null && replayed.complete() ? replayed.of(plan, target)
                        : inEffectCache.readOnce(plan, target);
                Stored previous = current.get(target);
                OffsetDateTime judgedAt = lastChange(previous, inEffect, entry.publishedAt());
                evaluate(new Judging(plan, entry.targets().version(), period(entry), priors.get(target)), spec,
                        inEffect, judgedAt, now, null, previous, saves);
            });
            store(plan, saves, 0, () -> catalog.followers(plan));
        }
    }

    private static OffsetDateTime lastChange(Stored previous, List<Observation> inEffect, OffsetDateTime fallback) {
        OffsetDateTime latest = previous == null ? fallback : previous.recordedAt();
        for (Observation o : inEffect) {
            OffsetDateTime at = o.recordedAt().atOffset(java.time.ZoneOffset.UTC);
            if (at.isAfter(latest)) {
                latest = at;
            }
        }
        return latest;
    }

    /**
     * Evaluates without storing, on day {@code on}: for what-if modes, and for stored evaluations that the
     * calendar alone has made stale (EvaluationRefresh).
     */
    public Evaluation evaluate(TargetSpec spec, FiscalPeriod period, List<ProjectionRepository.InEffect> rows,
            EvaluationMode mode, LocalDate on, PriorYear prior) {
        List<Observation> observations = rows.stream()
                .map(Observations::of).toList();
        return Evaluator.evaluate(spec, period, observations, mode, on, prior);
    }

    /** The followed plan's view of the previous year, per target of {@code entry} that needs it (PriorYears). */
    Map<String, PriorYear> priors(CatalogLookup.Entry entry) {
        return priorYears.of(entry);
    }

    /** 中間振り返り until the fiscal year has ended (in Japan), 年度末 after. */
    public EvaluationMode defaultMode(FiscalPeriod period, OffsetDateTime at) {
        return defaultMode(period, dateOf(at));
    }

    public EvaluationMode defaultMode(FiscalPeriod period, LocalDate on) {
        return on.isAfter(period.end()) ? EvaluationMode.YEAR_END : EvaluationMode.IN_YEAR;
    }

    /** The day of {@code at} in Japan: the evaluation date (評価日) of anything judged at that instant. */
    public LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(config.zone()).toLocalDate();
    }

    public static FiscalPeriod period(CatalogLookup.Entry entry) {
        return entry.targets().period();
    }

    /** A plan version's targets being judged: the plan, its version and year, and one target's previous year. */
    private record Judging(String plan, int planVersion, FiscalPeriod period, PriorYear prior) {
    }

    private void evaluate(Judging judging, TargetSpec spec, Collection<Observation> inEffect, OffsetDateTime at,
            UUID lastMeasurementId, Stored previous, List<Save> saves) {
        evaluate(judging, spec, inEffect, at, at, lastMeasurementId, previous, saves);
    }

    /**
     * Adds the new version to {@code saves} unless nothing changed. {@code judgedAt} picks the mode (in-year or
     * year-end); {@code at} is when the result became known.
     */
    private void evaluate(Judging judging, TargetSpec spec, Collection<Observation> inEffect, OffsetDateTime judgedAt,
            OffsetDateTime at, UUID lastMeasurementId, Stored previous, List<Save> saves) {
        String plan = judging.plan();
        int planVersion = judging.planVersion();
        List<Observation> observations = List.copyOf(inEffect);
        EvaluationMode mode = defaultMode(judging.period(), judgedAt);
        // Judged on the day of the change: pro rata counts the year elapsed by then (reads bring it up to date).
        Evaluation evaluation = Evaluator.evaluate(spec, judging.period(), observations, mode, dateOf(judgedAt),
                judging.prior());
        if (previous != null && previous.evaluation().equals(evaluation) && previous.planVersion() == planVersion) {
            return; // unchanged: no version, no event
        }
        boolean sameInstant = previous != null && previous.recordedAt().isEqual(at);
        int version = previous == null ? 1 : sameInstant ? previous.version() : previous.version() + 1;
        Stored saved = new Stored(plan, spec.code(), version, planVersion, evaluation.status().name(), mode.name(),
                evaluation, lastMeasurementId != null ? lastMeasurementId
                        : previous == null ? null : previous.lastMeasurementId(), at);
        saves.add(new Save(saved, sameInstant));
    }

    /**
     * A plan's new versions in one round trip, each announced through the outbox in the same transaction; then the
     * plans that follow it, {@code depth} steps down the chain.
     */
    private void store(String plan, List<Save> saves, int depth, Supplier<List<CatalogLookup.Entry>> followers) {
        if (saves.isEmpty()) {
            return;
        }
        evaluations.saveAll(saves);
        events.announce(saves.stream().map(Save::stored).toList());
        pages.changedIn(plan);
        reevaluateFollowers(saves, depth, followers);
    }
}
