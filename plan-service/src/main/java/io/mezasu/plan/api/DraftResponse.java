package io.mezasu.plan.api;

import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.Violation;
import io.mezasu.plan.service.Draft;
import io.mezasu.plan.service.PlanService;
import io.mezasu.platform.problem.Text;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Draft", description = "The editable draft (下書き) of a plan, with its validation report")
public record DraftResponse(
        String key,
        @Schema(enumeration = "DRAFT") String status,
        @Schema(description = "The published version this draft will supersede when published") Integer supersedes,
        OffsetDateTime createdAt,
        @Schema(description = "Subject of the token that created the draft") String createdBy,
        OffsetDateTime updatedAt,
        @Schema(description = "Subject of the token that last changed the draft") String updatedBy,
        ValidationReport validation,
        PlanDocument plan) {

    static DraftResponse of(Draft draft) {
        return new DraftResponse(draft.key(), "DRAFT", draft.supersedes(), draft.createdAt(), draft.createdBy(),
                draft.updatedAt(), draft.updatedBy(), ValidationReport.of(draft.violations()), draft.plan());
    }

    @Schema(name = "ValidationReport", description = "Every problem of the draft at once; empty when it can be published")
    public record ValidationReport(boolean valid, int problemCount, List<DraftProblem> problems) {
        static ValidationReport of(List<Violation> violations) {
            return new ValidationReport(violations.isEmpty(), violations.size(),
                    violations.stream().map(DraftProblem::of).toList());
        }
    }

    /** One problem of the draft: a stable code, the JSON pointer, and what is wrong in the caller's language. */
    @Schema(name = "Violation")
    public record DraftProblem(@Schema(example = "duplicate-code") String code,
            @Schema(example = "/issues/0/strategies/1/code") String pointer,
            @Schema(implementation = String.class, description = "In the language of Accept-Language (en or ja)",
                    example = "code 1-1 is already used at /issues/0/strategies/0") Text message) {
        static DraftProblem of(Violation violation) {
            return new DraftProblem(violation.code(), violation.pointer(), PlanService.textOf(violation));
        }
    }
}
