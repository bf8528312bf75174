package io.mezasu.plan.domain;

import java.util.List;
import java.util.Objects;

/** 経営課題: a management issue with its priority projects (主な事業) and strategies (戦略). */
public record ManagementIssue(
        int number,
        String title,
        String overview,
        List<PriorityProject> projects,
        List<Strategy> strategies) {

    public ManagementIssue {
        projects = projects == null ? List.of() : List.copyOf(projects);
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
    }

    /** Sum of the projects' budgets in thousand yen; projects shown as "-" count as nothing. */
    public long budgetThousandYen() {
        return projects.stream().map(PriorityProject::budgetThousandYen).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
    }

    /** 主な事業 with its budget (予算額) in thousand yen; null where the plan shows "-". */
    public record PriorityProject(String title, Long budgetThousandYen) {
    }
}
