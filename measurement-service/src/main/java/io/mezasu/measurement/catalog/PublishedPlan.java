package io.mezasu.measurement.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The plan document of a PlanPublished event as this service reads it, walked once per plan version: 経営課題 →
 * 戦略 → 具体的取組 → 業績目標, the 地域 list and the fiscal year. Ingest, evaluation and the evaluation pages read
 * this instead of the JSON. A tolerant reader: fields this service does not use are not read.
 */
public record PublishedPlan(String title, LocalDate fiscalStart, LocalDate fiscalEnd, List<String> areas,
        List<Issue> issues, Outline outline, Follows follows) {

    /**
     * The plan this one follows (前年度の運営方針), whose results give its previous-year baselines; null when none.
     *
     * @param targets this plan's target code → the followed plan's, where codes moved
     */
    public record Follows(String plan, Map<String, String> targets) {

        /** The followed plan's target that {@code code} continues: the mapped code, else the same code. */
        public String continued(String code) {
            return targets.getOrDefault(code, code);
        }
    }

    /**
     * The words the pages print beside the figures: the ward, the fiscal year as the plan names it (平成31年度), the
     * ward goal (区の目標) and the mission (区の使命).
     */
    public record Outline(String ward, String fiscalYearLabel, String wardGoal, String mission) {
    }

    /** 経営課題, with the budget (予算額, 千円) of its projects and its overview. */
    public record Issue(int number, String title, long budgetThousandYen, String overview, List<Strategy> strategies) {
    }

    /** 戦略 with its desired states (めざす状態). */
    public record Strategy(String code, String title, List<DesiredState> desiredStates, List<Initiative> initiatives) {
    }

    /**
     * めざす状態. A state the seed's layout does not place for certain says so: {@code inferred}, with the reason.
     * The document gives a plain sentence, or {@code {"text", "placement": "INFERRED", "placementNote"}}.
     */
    public record DesiredState(String text, boolean inferred, String note) {
    }

    /** 具体的取組; a 再掲 ({@code reprintOf}) lists no targets of its own. */
    public record Initiative(String code, String title, String reprintOf, List<Target> targets) {
    }

    /** 業績目標 and its rule. */
    public record Target(String code, String indicator, String targetText, Rule rule) {
    }

    /**
     * How a target is measured and judged; numbers exactly as written in the document. {@code strict} (未満 / 超)
     * and {@code milestoneDue} (milestone.due, 令和２年度末までに) are optional in the document: false and null
     * when absent.
     */
    public record Rule(String kind, String direction, BigDecimal threshold, Integer decimals, String unit,
            String percentBasis, boolean cumulative, Integer scale, Baseline baseline, boolean strict,
            LocalDate milestoneDue) {
    }

    /** 基準値: fixed, or 前年度 / 前年同時期 plus an increment; periodDay ends the stated period (--03-31). */
    public record Baseline(String type, BigDecimal value, BigDecimal increment, String incrementUnit,
            MonthDay periodDay) {
    }

    /** A 経営課題's overview; empty for an unknown number. */
    public String overview(int issue) {
        return issues.stream().filter(i -> i.number() == issue).map(Issue::overview).findFirst().orElse("");
    }

    /** A 戦略's めざす状態; empty for an unknown code. */
    public List<DesiredState> desiredStates(String strategy) {
        return issues.stream().flatMap(i -> i.strategies().stream()).filter(s -> s.code().equals(strategy))
                .map(Strategy::desiredStates).findFirst().orElse(List.of());
    }

    /** Every target of the plan, in document order, with none of the 再掲 repeats. */
    public Stream<Target> targets() {
        return issues.stream().flatMap(i -> i.strategies().stream()).flatMap(s -> s.initiatives().stream())
                .flatMap(n -> n.targets().stream());
    }

    public static PublishedPlan of(JsonNode plan) {
        JsonNode fiscalYear = plan.path("fiscalYear");
        return new PublishedPlan(plan.path("title").asText(null), date(fiscalYear.path("start")),
                date(fiscalYear.path("end")), list(plan.path("areas").path("names"), JsonNode::asText),
                list(plan.path("issues"), PublishedPlan::issue), new Outline(plan.path("ward").asText(""),
                        fiscalYear.path("label").asText(""), plan.path("wardGoal").asText(""),
                        plan.path("mission").asText("")), follows(plan.path("follows")));
    }

    private static Follows follows(JsonNode follows) {
        if (!follows.isObject()) {
            return null;
        }
        Map<String, String> targets = new LinkedHashMap<>();
        follows.path("targets").fields().forEachRemaining(e -> targets.put(e.getKey(), e.getValue().asText()));
        return new Follows(follows.path("plan").asText(), Map.copyOf(targets));
    }

    private static Issue issue(JsonNode issue) {
        long budget = 0;
        for (JsonNode project : issue.path("projects")) {
            budget += project.path("budgetThousandYen").asLong(0);
        }
        return new Issue(issue.path("number").asInt(), issue.path("title").asText(null), budget,
                issue.path("overview").asText(""), list(issue.path("strategies"), PublishedPlan::strategy));
    }

    private static Strategy strategy(JsonNode strategy) {
        return new Strategy(strategy.path("code").asText(), strategy.path("title").asText(null),
                list(strategy.path("desiredStates"), PublishedPlan::desiredState),
                list(strategy.path("initiatives"), PublishedPlan::initiative));
    }

    private static DesiredState desiredState(JsonNode state) {
        if (state.isTextual()) {
            return new DesiredState(state.asText(), false, null);
        }
        return new DesiredState(state.path("text").asText(""), "INFERRED".equals(state.path("placement").asText()),
                state.path("placementNote").asText(null));
    }

    private static Initiative initiative(JsonNode initiative) {
        return new Initiative(initiative.path("code").asText(), initiative.path("title").asText(null),
                initiative.path("reprintOf").asText(null), list(initiative.path("targets"), PublishedPlan::target));
    }

    private static Target target(JsonNode target) {
        return new Target(target.path("code").asText(), target.path("indicator").asText(null),
                target.path("targetText").asText(null), rule(target.path("rule")));
    }

    private static Rule rule(JsonNode rule) {
        return new Rule(rule.path("kind").asText(), rule.path("direction").asText(null), decimal(rule.get("threshold")),
                rule.hasNonNull("decimals") ? rule.get("decimals").asInt() : null, rule.path("unit").asText(null),
                rule.path("percentBasis").asText(null), rule.path("cumulative").asBoolean(false),
                rule.hasNonNull("scale") ? rule.get("scale").asInt() : null, baseline(rule.get("baseline")),
                rule.path("strict").asBoolean(false), date(rule.path("milestone").path("due")));
    }

    private static Baseline baseline(JsonNode baseline) {
        if (baseline == null || baseline.isNull()) {
            return null;
        }
        return new Baseline(baseline.path("type").asText(), decimal(baseline.get("value")),
                decimal(baseline.get("increment")), baseline.path("incrementUnit").asText(null),
                baseline.hasNonNull("periodDay") ? MonthDay.parse(baseline.get("periodDay").asText()) : null);
    }

    /** The number as written in the document. */
    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }

    private static LocalDate date(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(each.apply(item)));
        return List.copyOf(items);
    }
}
