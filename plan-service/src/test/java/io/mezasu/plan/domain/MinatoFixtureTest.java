package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The fixture is the seed, whole: its counts, its budget, and every one of its 63 targets typed right. */
class MinatoFixtureTest {

    static final PlanDocument PLAN = Fixtures.minato();
    static final Map<String, Target> TARGETS = PLAN.targets()
            .collect(Collectors.toMap(Target::code, Function.identity()));

    @Test
    void hasTheSeedsCountsAndBudgetTotal() {
        PlanStats stats = PlanStats.of(PLAN);
        assertEquals(6, stats.issues(), "経営課題");
        assertEquals(22, stats.strategies(), "戦略");
        assertEquals(56, stats.initiatives(), "具体的取組");
        assertEquals(1, stats.reprints(), "再掲");
        assertEquals(63, stats.targets(), "業績目標");
        assertEquals(10, stats.projects(), "主な事業");
        assertEquals(59_864, stats.budgetThousandYen(), "予算額 (千円)");
    }

    @Test
    void theReprintPointsAtTheWatchingOverInitiative() {
        Initiative reprint = PLAN.initiative("3-3-1").orElseThrow();
        assertEquals("3-1-2", reprint.reprintOf());
        assertTrue(reprint.targets().isEmpty());
        assertEquals(List.of("3-1-2-1"), PLAN.initiative("3-1-2").orElseThrow().targets().stream()
                .map(Target::code).toList());
    }

    @Test
    void theProjectWithoutABudgetHasNone() {
        long withoutBudget = PLAN.issues().stream().flatMap(i -> i.projects().stream())
                .filter(p -> p.budgetThousandYen() == null).count();
        assertEquals(1, withoutBudget, "the seed shows one project as '- 千円'");
    }

    @Test
    void theFiscalYearIsHeisei31() {
        assertEquals(FiscalYear.of(2019, "平成31年度"), PLAN.fiscalYear());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/minato-fy2019-targets.csv", delimiter = '|', nullValues = "-")
    void everyTargetIsTypedAsItsWordingSays(String code, String text, TargetRule.MeasureKind kind,
            TargetRule.Direction direction, BigDecimal threshold, Integer decimals, String unit, boolean cumulative,
            Baseline.Type baseline) {
        Target target = TARGETS.get(code);
        assertEquals(text, target.targetText());
        TargetRule rule = target.rule();
        assertEquals(kind, rule.kind());
        assertEquals(direction, rule.direction());
        assertEquals(threshold, rule.threshold(), "threshold with its stated precision");
        assertEquals(decimals, rule.decimals());
        assertEquals(unit, rule.unit());
        assertEquals(cumulative, rule.cumulative());
        assertEquals(baseline, rule.baseline() == null ? null : rule.baseline().type());
        assertEquals(List.of(), RuleTextAgreement.check(target, "/" + code), "rule agrees with its wording");
    }

    @Test
    void theTableCoversEveryTarget() {
        assertEquals(63, TARGETS.size());
    }
}
