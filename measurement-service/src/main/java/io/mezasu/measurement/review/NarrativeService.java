package io.mezasu.measurement.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.measurement.review.ReviewViews.Narrative;
import io.mezasu.measurement.review.ReviewViews.NarrativeText;
import io.mezasu.measurement.review.ReviewViews.Review;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Narratives of a review (自己評価の記述), per target or strategy of the reviewed tree: every change a new version
 * with its author, announced on mezasu.reviews in the same transaction. Writing the same text again adds nothing.
 */
@ApplicationScoped
public class NarrativeService {

    private final ReviewService reviews;
    private final NarrativeRepository narratives;
    private final NarrativeEvents events;
    private final PeriodLock periods;
    private final ObjectMapper mapper;
    private final Clock clock;

    NarrativeService(ReviewService reviews, NarrativeRepository narratives, NarrativeEvents events,
            PeriodLock periods, ObjectMapper mapper, Clock clock) {
        this.periods = periods;
        this.reviews = reviews;
        this.narratives = narratives;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Narrative write(String plan, UUID id, String code, NarrativeText text, String author) {
        Review review = reviewOf(plan, id, code);
        List<FieldIssue> errors = NarrativeRules.check(text);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(Text.of("review.narrative-invalid", "count", errors.size()), errors);
        }
        periods.requireOpen(List.of(plan), true); // a closed year's self-evaluation is final too
        narratives.lockReview(id);
        List<Narrative> history = narratives.history(id, code);
        Narrative current = history.isEmpty() ? null : history.get(history.size() - 1);
        if (current != null && sameText(current, text)) {
            return current;
        }
        Narrative next = new Narrative(id, code, current == null ? 1 : current.version() + 1, text.effective(),
                text.issuesAndFixes(), text.nextSteps(), author,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        narratives.insert(next);
        events.announce(review, next);
        return next;
    }

    @Transactional
    public List<Narrative> history(String plan, UUID id, String code) {
        reviewOf(plan, id, code);
        return narratives.history(id, code);
    }

    /** The review, if {@code code} is a target or strategy of its frozen tree; 404 otherwise. */
    private Review reviewOf(String plan, UUID id, String code) {
        ReviewRepository.Stored stored = reviews.stored(plan, id);
        if (!codes(stored.snapshot()).contains(code)) {
            throw ProblemException.notFound(Text.of("review.no-code", "review", id, "code", code));
        }
        return stored.review();
    }

    private Set<String> codes(String snapshot) {
        Set<String> codes = new HashSet<>();
        try {
            for (JsonNode issue : mapper.readTree(snapshot).path("issues")) {
                for (JsonNode strategy : issue.path("strategies")) {
                    codes.add(strategy.path("code").asText());
                    strategy.path("initiatives").forEach(i -> i.path("targets")
                            .forEach(t -> codes.add(t.path("code").asText())));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored snapshot always reads back", e);
        }
        return codes;
    }

    private static boolean sameText(Narrative current, NarrativeText text) {
        return current.effective().equals(text.effective()) && current.issuesAndFixes().equals(text.issuesAndFixes())
                && current.nextSteps().equals(text.nextSteps());
    }
}
