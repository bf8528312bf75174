package io.mezasu.measurement.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the review API takes and shows; the stored rows never go on the wire. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** POST …/reviews: which review point (振り返り), as of the end of which day (Japan time). */
    @Schema(name = "NewReview")
    public record NewReview(@Schema(example = "MIDYEAR", enumeration = {"MIDYEAR", "YEAR_END"}) String kind,
            @Schema(example = "2019-08-31") String asOf) {
    }

    /** One review point, without its snapshot: the list, and the {@code review} member of a review. */
    @Schema(name = "Review")
    public record Review(UUID id, String plan, String kind, LocalDate asOf, int fiscalYear, int planVersion,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    /** PUT …/narratives/{code}: the three parts of a self-evaluation, plain text. */
    @Schema(name = "NarrativeText")
    public record NarrativeText(
            @Schema(description = "有効であった取組 (what worked), at most 4,000 characters") String effective,
            @Schema(description = "課題と改善策 (issues and fixes)") String issuesAndFixes,
            @Schema(description = "今後の方針 (next steps)") String nextSteps) {
    }

    /** One version of a narrative, with who wrote it and when. */
    @Schema(name = "Narrative")
    public record Narrative(UUID review, String code, int version, String effective, String issuesAndFixes,
            String nextSteps, String author, OffsetDateTime writtenAt) {
    }

    /** POST …/close: the 年度末 review the year is closed on. */
    @Schema(name = "ClosePeriod")
    public record ClosePeriod(@Schema(description = "id of a YEAR_END review of the plan") String review) {
    }

    /** POST …/reopen: why the closed year is opened again. */
    @Schema(name = "ReopenPeriod")
    public record ReopenPeriod(@Schema(example = "区政会議の指摘で 3-1-2-1 の実績を訂正") String reason) {
    }

    /** A plan's fiscal year: closed (確定) or open, and the last change. */
    @Schema(name = "Period")
    public record Period(String plan, Integer fiscalYear, boolean closed, UUID review, String changedBy,
            OffsetDateTime changedAt) {
    }

    /** One close or reopen. */
    public record PeriodChange(String plan, int fiscalYear, String action, UUID review, String reason, String actor,
            OffsetDateTime at) {
    }

    /**
     * One event of a plan's year: {@code kind} PLAN_PUBLISHED, REVIEW_RECORDED, NARRATIVE_CHANGED, YEAR_CLOSED or
     * YEAR_REOPENED; the members that do not apply are null.
     */
    @Schema(name = "TimelineEntry")
    public record TimelineEntry(OffsetDateTime at, String kind, String actor, Integer planVersion, UUID review,
            String reviewKind, String code, Integer version, String reason,
            @Schema(description = "What happened, in Japanese") String summary) {
    }
}
