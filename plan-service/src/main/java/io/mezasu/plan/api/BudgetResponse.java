package io.mezasu.plan.api;

import io.mezasu.plan.domain.ManagementIssue;
import io.mezasu.plan.domain.PublishedPlan;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "予算額 of the priority projects (主な事業) per management issue, in thousand yen")
public record BudgetResponse(
        String planKey,
        int version,
        List<IssueBudget> issues,
        @Schema(example = "59864") long totalThousandYen) {

    @Schema(name = "IssueBudget")
    public record IssueBudget(int number, String title, List<ManagementIssue.PriorityProject> projects,
            long totalThousandYen) {
    }

    static BudgetResponse of(PublishedPlan published) {
        List<IssueBudget> issues = published.plan().issues().stream()
                .map(i -> new IssueBudget(i.number(), i.title(), i.projects(), i.budgetThousandYen())).toList();
        return new BudgetResponse(published.key(), published.version(), issues,
                issues.stream().mapToLong(IssueBudget::totalThousandYen).sum());
    }
}
