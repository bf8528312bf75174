package io.mezasu.plan.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A ward operating policy (区運営方針) as one document: what a plan-editor submits, what a published
 * version freezes, and what the PlanPublished event carries. The fixture
 * {@code plans/minato-fy2019.json} is the reference instance.
 *
 * @param key           stable plan key, e.g. {@code minato-fy2019}
 * @param ward          e.g. 大阪市港区
 * @param dateOfIssue   month of issue (令和元年6月 = 2019-06)
 * @param wardGoal      区の目標
 * @param mission       区の使命
 * @param basicApproach 区運営の基本的な考え方（区長の方針）
 * @param areas         the 地域 that a 全地域 target covers
 * @param issues        経営課題, numbered 1..n
 * @param follows       the plan this one follows (前年度の運営方針), whose results give the previous-year baselines;
 *                      optional and omitted when absent, so plans without it keep their bytes and content hash
 */
public record PlanDocument(
        String key,
        String ward,
        String title,
        YearMonth dateOfIssue,
        String dateOfIssueLabel,
        FiscalYear fiscalYear,
        String wardGoal,
        String mission,
        String basicApproach,
        Source source,
        Areas areas,
        List<ManagementIssue> issues,
        @JsonInclude(JsonInclude.Include.NON_NULL) Follows follows) {

    public PlanDocument {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** Where the content was transcribed from, and how. */
    public record Source(String document, String title, List<String> notes) {
        public Source {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The explicit list of 地域 behind 全地域, with where the list comes from. */
    public record Areas(String source, List<String> names) {
        public Areas {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** The same plan following {@code follows}. */
    public PlanDocument following(Follows follows) {
        return new PlanDocument(key, ward, title, dateOfIssue, dateOfIssueLabel, fiscalYear, wardGoal, mission,
                basicApproach, source, areas, issues, follows);
    }

    public Stream<Strategy> strategies() {
        return issues.stream().flatMap(issue -> issue.strategies().stream());
    }

    public Stream<Initiative> initiatives() {
        return strategies().flatMap(strategy -> strategy.initiatives().stream());
    }

    public Stream<Target> targets() {
        return initiatives().flatMap(initiative -> initiative.targets().stream());
    }

    public Optional<Initiative> initiative(String code) {
        return initiatives().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<String> areaNames() {
        return areas == null ? List.of() : areas.names();
    }
}
