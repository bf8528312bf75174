package io.mezasu.measurement.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.evaluation.EvaluationQueries;
import io.mezasu.measurement.evaluation.EvaluationViews.PlanEvaluation;
import io.mezasu.measurement.review.ReviewViews.Narrative;
import io.mezasu.measurement.review.ReviewViews.NewReview;
import io.mezasu.measurement.review.ReviewViews.Review;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Review points (振り返り): freezes the plan's evaluation tree as of the end of a day, in the review's mode, and
 * serves it unchanged afterwards. The snapshot is computed once by the evaluation slice's what-if path
 * (EvaluationQueries.plan with an explicit mode) and stored as JSON, so neither a later plan version nor a replay
 * of the measurements can alter what the ward reviewed.
 */
@ApplicationScoped
public class ReviewService {

    private final CatalogLookup catalog;
    private final EvaluationQueries evaluations;
    private final ReviewRepository reviews;
    private final NarrativeRepository narratives;
    private final ObjectMapper mapper;
    private final MeasurementConfig config;
    private final Clock clock;

    ReviewService(CatalogLookup catalog, EvaluationQueries evaluations, ReviewRepository reviews,
            NarrativeRepository narratives, ObjectMapper mapper, MeasurementConfig config, Clock clock) {
        this.narratives = narratives;
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.reviews = reviews;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Review record(String plan, NewReview request, String actor) {
        CatalogLookup.Entry entry = entry(plan);
        ReviewKind kind = kind(request.kind());
        LocalDate asOf = asOf(request.asOf());
        check(kind, asOf, entry.targets().period());
        PlanEvaluation snapshot = evaluations.plan(plan, endOf(asOf), kind.mode());
        Review review = new Review(UUID.randomUUID(), plan, kind.name(), asOf, entry.targets().period().year(),
                snapshot.planVersion(), actor, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        reviews.insert(review, write(snapshot));
        return review;
    }

    @Transactional
    public List<Review> list(String plan) {
        entry(plan);
        return reviews.list(plan);
    }

    /** The frozen tree (PlanEvaluation's members) with {@code review} and the current {@code narratives}. */
    @Transactional
    public ObjectNode get(String plan, UUID id) {
        ReviewRepository.Stored stored = stored(plan, id);
        ObjectNode body = read(stored.snapshot());
        body.set("review", mapper.valueToTree(stored.review()));
        body.set("narratives", mapper.valueToTree(narratives.current(id)));
        return body;
    }

    /** A review as the report prints it: the frozen tree as a value, and the current narratives by code. */
    public record Printed(Review review, PlanEvaluation tree, Map<String, Narrative> narratives) {
    }

    @Transactional
    public Printed printed(String plan, UUID id) {
        ReviewRepository.Stored stored = stored(plan, id);
        try {
            PlanEvaluation tree = mapper.readValue(stored.snapshot(), PlanEvaluation.class);
            Map<String, Narrative> byCode = new java.util.LinkedHashMap<>();
            narratives.current(id).forEach(n -> byCode.put(n.code(), n));
            return new Printed(stored.review(), tree, byCode);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("review " + id + " does not read back", e);
        }
    }

    /** Any write to a review: 404 when there is none, else 409 immutable (the snapshot never changes). */
    @Transactional
    public void refuseWrite(String plan, UUID id) {
        stored(plan, id);
        throw new ProblemException(ProblemType.IMMUTABLE, Text.of("review.immutable", "review", id));
    }

    /** 404 unless the catalog has the plan. */
    void requirePlan(String plan) {
        entry(plan);
    }

    ReviewRepository.Stored stored(String plan, UUID id) {
        return reviews.find(plan, id).orElseThrow(() -> ProblemException.notFound(Text.of("review.not-found", "plan", plan,
                "review", id)));
    }

    /** The last instant of {@code day} in Japan, to the microsecond PostgreSQL keeps. */
    private OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime().minus(1, ChronoUnit.MICROS);
    }

    private void check(ReviewKind kind, LocalDate asOf, FiscalPeriod period) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        if (!asOf.isBefore(today)) {
            throw invalid(FieldIssue.of("asOf", "not-over", "today", today));
        }
        if (asOf.isBefore(period.start())) {
            throw invalid(FieldIssue.of("asOf", "before-fiscal-year", "start", period.start()));
        }
        if (kind == ReviewKind.MIDYEAR && asOf.isAfter(period.end())) {
            throw invalid(FieldIssue.of("asOf", "after-fiscal-year", "end", period.end()));
        }
        if (kind == ReviewKind.YEAR_END && asOf.isBefore(period.end())) {
            throw invalid(FieldIssue.of("asOf", "before-year-end", "end", period.end()));
        }
    }

    private static ReviewKind kind(String value) {
        try {
            return ReviewKind.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw invalid(FieldIssue.of("kind", "invalid-review-kind"));
        }
    }

    private static LocalDate asOf(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw invalid(FieldIssue.of("asOf", "invalid-format", "expected", Text.of("expected.date")));
        }
    }

    private static ProblemException invalid(FieldIssue issue) {
        return ProblemException.invalid(Text.of("review.request-invalid", "field", issue.field()), List.of(issue));
    }

    private CatalogLookup.Entry entry(String plan) {
        return catalog.latest(plan).orElseThrow(() -> ProblemException.notFound(Text.of("plan.not-known", "plan", plan)));
    }

    private String write(PlanEvaluation snapshot) {
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan evaluation always serializes", e);
        }
    }

    private ObjectNode read(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored snapshot always reads back", e);
        }
    }
}
