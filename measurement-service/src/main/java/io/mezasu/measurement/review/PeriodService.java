package io.mezasu.measurement.review;

import io.mezasu.measurement.review.ReviewViews.ClosePeriod;
import io.mezasu.measurement.review.ReviewViews.Period;
import io.mezasu.measurement.review.ReviewViews.PeriodChange;
import io.mezasu.measurement.review.ReviewViews.ReopenPeriod;
import io.mezasu.measurement.review.ReviewViews.Review;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Closing a fiscal year (年度の確定) on its 年度末 review, and reopening it. The close takes the plan's period row
 * FOR UPDATE (PeriodLock), so it commits only after every measurement write already deciding, and every later one
 * is refused with period-closed. The closed year's figures are the review's stored snapshot: nothing recomputes them.
 */
@ApplicationScoped
public class PeriodService {

    private final ReviewService reviews;
    private final PeriodRepository periods;
    private final Clock clock;

    PeriodService(ReviewService reviews, PeriodRepository periods, Clock clock) {
        this.reviews = reviews;
        this.periods = periods;
        this.clock = clock;
    }

    @Transactional
    public Period close(String plan, ClosePeriod request, String actor) {
        UUID id = reviewId(request == null ? null : request.review());
        Review review = reviews.stored(plan, id).review();
        if (!ReviewKind.YEAR_END.name().equals(review.kind())) {
            throw ProblemException.unprocessable(Text.of("period.close-needs-year-end"), List.of(
                    FieldIssue.of("review", "not-year-end", "review", review.id(), "kind", review.kind())));
        }
        Period current = periods.lock(plan);
        if (current.closed()) {
            throw ProblemException.conflict(Text.of("period.already-closed", "plan", plan,
                    "review", current.review()));
        }
        OffsetDateTime now = now();
        Period closed = new Period(plan, review.fiscalYear(), true, review.id(), actor, now);
        periods.record(closed, new PeriodChange(plan, review.fiscalYear(), "CLOSE", review.id(), null, actor, now));
        return closed;
    }

    @Transactional
    public Period reopen(String plan, ReopenPeriod request, String actor) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw ProblemException.invalid(Text.of("period.reason-required"),
                    List.of(reason.isEmpty() ? FieldIssue.of("reason", "required")
                            : FieldIssue.of("reason", "too-long", "max", 1000)));
        }
        reviews.requirePlan(plan);
        Period current = periods.lock(plan);
        if (!current.closed()) {
            throw ProblemException.conflict(Text.of("period.not-closed", "plan", plan));
        }
        OffsetDateTime now = now();
        Period open = new Period(plan, current.fiscalYear(), false, null, actor, now);
        periods.record(open, new PeriodChange(plan, current.fiscalYear(), "REOPEN", current.review(), reason, actor,
                now));
        return open;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID reviewId(String value) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(Text.of("period.review-id-required"), List.of(value == null
                    ? FieldIssue.of("review", "required")
                    : FieldIssue.of("review", "invalid-format", "expected", Text.of("expected.uuid"))));
        }
    }
}
