package io.mezasu.measurement.web;

import io.mezasu.measurement.review.ReviewService;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A report or an export of a review point (振り返り): the frozen tree and the ward's narratives. Reviews are drafts
 * until the 区政会議, so only signed-in staff who may read reviews see them, as in the API.
 */
@ApplicationScoped
public class ReviewReports {

    /** What a review gives a report: its tree as a snapshot, its mode, and a narrative for a code. */
    public record Printed(PageQueries.Snapshot snapshot, boolean midYear,
            Function<String, ReportView.Narrative> narratives) {
    }

    private final ReviewService reviews;
    private final PageQueries queries;

    public ReviewReports(ReviewService reviews, PageQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    public Printed printed(String key, String review, Optional<Caller> staff) {
        boolean allowed = staff.map(c -> c.hasAnyRole(Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR))
                .orElse(false);
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN, Text.of("review.report-staff-only"));
        }
        UUID id;
        try {
            id = UUID.fromString(review);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(Text.of("review.not-found", "plan", key, "review", review));
        }
        ReviewService.Printed printed = reviews.printed(key, id);
        Map<String, ReportView.Narrative> byCode = new java.util.HashMap<>();
        printed.narratives().forEach((code, n) -> byCode.put(code, new ReportView.Narrative(nz(n.effective()),
                nz(n.issuesAndFixes()), nz(n.nextSteps()))));
        return new Printed(queries.snapshotOf(key, printed.tree()), "MIDYEAR".equals(printed.review().kind()),
                code -> byCode.getOrDefault(code, ReportView.Narrative.NONE));
    }

    /** One review's narrative of a target, as its page shows it. */
    public record TargetNarrative(String review, String kind, String asOf, ReportView.Narrative narrative) {
    }

    /**
     * The narratives of a target in every review of its plan, newest review first; none for a reader who may not
     * read reviews (they are drafts until the 区政会議).
     */
    public java.util.List<TargetNarrative> forTarget(String key, String code, Optional<Caller> staff) {
        boolean allowed = staff.map(c -> c.hasAnyRole(Roles.READER, Roles.EVALUATOR, Roles.APPROVER, Roles.OPERATOR))
                .orElse(false);
        if (!allowed) {
            return java.util.List.of();
        }
        java.util.List<TargetNarrative> out = new java.util.ArrayList<>();
        for (var review : reviews.list(key)) {
            var printed = reviews.printed(key, review.id());
            var n = printed.narratives().get(code);
            if (n != null) {
                out.add(new TargetNarrative(review.id().toString(), review.kind(), review.asOf().toString(),
                        new ReportView.Narrative(nz(n.effective()), nz(n.issuesAndFixes()), nz(n.nextSteps()))));
            }
        }
        return out;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
