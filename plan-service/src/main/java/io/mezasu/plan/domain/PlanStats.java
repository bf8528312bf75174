package io.mezasu.plan.domain;

/** Headline counts of a plan: what a reader checks first, and what the fixture test pins down. */
public record PlanStats(
        int issues,
        int strategies,
        int initiatives,
        int reprints,
        int targets,
        int projects,
        long budgetThousandYen) {

    public static PlanStats of(PlanDocument plan) {
        return new PlanStats(
                plan.issues().size(),
                (int) plan.strategies().count(),
                (int) plan.initiatives().count(),
                (int) plan.initiatives().filter(Initiative::reprint).count(),
                (int) plan.targets().count(),
                plan.issues().stream().mapToInt(i -> i.projects().size()).sum(),
                plan.issues().stream().mapToLong(ManagementIssue::budgetThousandYen).sum());
    }
}
