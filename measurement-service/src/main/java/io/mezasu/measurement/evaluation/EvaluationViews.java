package io.mezasu.measurement.evaluation;

import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.Rollup;
import io.mezasu.measurement.domain.evaluation.Status;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the evaluation API shows: one target's evaluation, and the whole plan tree with roll-ups. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /**
     * One target's evaluation. {@code version} and {@code recordedAt} identify the stored version; both
     * are null for a what-if view (?mode=) computed on request.
     */
    @Schema(name = "TargetEvaluation")
    public record TargetEvaluation(
            @Schema(required = true, example = "minato-fy2019") String plan,
            @Schema(required = true, example = "1") int planVersion,
            @Schema(required = true, example = "1-1-1-1") String target,
            @Schema(required = true, nullable = true) Integer version,
            @Schema(required = true, nullable = true,
                    description = "When this evaluation became known (recorded time of the change behind it)")
            OffsetDateTime recordedAt,
            @Schema(required = true, nullable = true, description = "The measurement whose change produced this "
                    + "version; null while no measurement has changed the target (a first version made by a new "
                    + "plan version or the year-end pass)")
            UUID lastMeasurementId,
            @Schema(required = true, description = "status, Osaka label (順調/順調でない, 達成/未達成), actual, target, 進捗率, "
                    + "confidence, explanation, proRataOn and a plain sentence (ja, en), judged on the read day: "
                    + "see docs/api-guide.md") Evaluation evaluation) {
    }

    /** The page a 区政会議 looks at: 経営課題 → 戦略 → 具体的取組 → 業績目標 with roll-ups. */
    @Schema(name = "PlanEvaluation")
    public record PlanEvaluation(@Schema(required = true) String plan, @Schema(required = true) int planVersion,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true, description = "The asOf asked for; null for the current view")
            OffsetDateTime asOf,
            @Schema(required = true, nullable = true, description = "IN_YEAR or YEAR_END when a what-if mode was asked for; null = each target's "
                    + "default (中間振り返り until the fiscal year ends, 年度末 after)") String mode,
            @Schema(required = true) Rollup rollup, @Schema(required = true) long budgetThousandYen,
            @Schema(required = true) List<Issue> issues) {
    }

    /** 経営課題 with its budget (予算額, 千円) beside its roll-up. */
    public record Issue(@Schema(required = true) int number, @Schema(required = true) String title,
            @Schema(required = true) long budgetThousandYen, @Schema(required = true) Rollup rollup,
            @Schema(required = true) List<Strategy> strategies) {
    }

    /** 戦略 */
    public record Strategy(@Schema(required = true) String code, @Schema(required = true) String title,
            @Schema(required = true) Rollup rollup, @Schema(required = true) List<Initiative> initiatives) {
    }

    /** 具体的取組; a 再掲 shows the targets it reprints, which count only where they belong. */
    public record Initiative(@Schema(required = true) String code, @Schema(required = true) String title,
            @Schema(required = true, nullable = true, description = "The initiative a 再掲 reprints; null otherwise")
            String reprintOf,
            @Schema(required = true) List<Target> targets) {
    }

    /** 業績目標 with its current (or as-of) evaluation; null evaluation = not yet known at that time. */
    public record Target(@Schema(required = true) String code, @Schema(required = true) String indicator,
            @Schema(required = true) String targetText, @Schema(required = true) boolean reprinted,
            @Schema(required = true, nullable = true) TargetEvaluation evaluation) {
    }

    /**
     * One indicator over the chain of plans (前年度の運営方針 → this year's), oldest year first: the plan asked for and,
     * walking {@code follows} backwards, each plan it follows, with the target each one's continues.
     */
    @Schema(name = "TargetSeries")
    public record TargetSeries(
            @Schema(example = "testward-fy2020") String plan,
            @Schema(example = "1-1-1-1") String target,
            @Schema(description = "One entry per fiscal year (年度), oldest first") List<SeriesYear> years) {
    }

    /** One fiscal year of a {@link TargetSeries}: that year's plan, target, threshold and actual. */
    @Schema(name = "SeriesYear")
    public record SeriesYear(
            @Schema(description = "Start year of the 年度 (2019 = 令和元年度)", example = "2019") int fiscalYear,
            @Schema(example = "testward-fy2019") String plan,
            @Schema(example = "1") int planVersion,
            @Schema(description = "The target's code in that year's plan (codes may move between plans)",
                    example = "1-1-1-1") String target,
            @Schema(description = "指標, as that year's plan words it") String indicator,
            @Schema(description = "目標, as that year's plan words it", example = "50.0％以上") String targetText,
            @Schema(example = "％") String unit,
            @Schema(description = "The figure the actual is compared with: the plan's, or the one resolved from a "
                    + "baseline; null while a previous-year baseline is pending, and for milestones and 全地域 without data",
                    nullable = true) BigDecimal threshold,
            @Schema(description = "実績, at the stated precision; null without data", nullable = true) BigDecimal actual,
            @Schema(description = "The evaluation's status on the read day; null before the first evaluation",
                    nullable = true) Status status,
            @Schema(description = "true once the year has ended and the evaluation is the year-end (年度末) one")
            boolean yearEnd) {
    }
}
