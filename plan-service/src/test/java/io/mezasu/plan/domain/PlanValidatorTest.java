package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    @Test
    void theMinatoFixtureIsValid() {
        List<Violation> violations = PlanValidator.validate(Fixtures.minato());
        assertEquals(List.of(), violations, "the fixture must publish as it is");
    }

    @Test
    void reportsEveryProblemAtOnceWithPointers() {
        ObjectNode tree = Fixtures.minatoTree();
        // 1. a duplicate code: strategy 1-2 renamed to 1-1
        at(tree, "/issues/0/strategies/1").put("code", "1-1");
        // 2. a reprint pointing nowhere
        ObjectNode reprint = findInitiative(tree, "3-3-1");
        reprint.put("reprintOf", "9-9-9");
        // 3. a negative budget
        at(tree, "/issues/0/projects/0").put("budgetThousandYen", -1);
        // 4. an ambiguous rule: a percent target without direction
        at(tree, "/issues/0/strategies/0/initiatives/0/targets/0/rule").putNull("direction");

        List<Violation> violations = PlanValidator.validate(Fixtures.toPlan(tree));

        assertHas(violations, "duplicate-code", "/issues/0/strategies/1/code");
        assertHas(violations, "dangling-reprint", pointerOf(tree, "3-3-1") + "/reprintOf");
        assertHas(violations, "negative-budget", "/issues/0/projects/0/budgetThousandYen");
        assertHas(violations, "ambiguous-rule", "/issues/0/strategies/0/initiatives/0/targets/0/rule/direction");
    }

    @Test
    void aRuleThatContradictsItsWordingIsReported() {
        ObjectNode tree = Fixtures.minatoTree();
        ObjectNode rule = at(tree, "/issues/0/strategies/0/initiatives/0/targets/0/rule");
        rule.put("threshold", rule.get("threshold").decimalValue().add(java.math.BigDecimal.ONE));

        List<Violation> violations = PlanValidator.validate(Fixtures.toPlan(tree));

        assertHas(violations, "rule-text-mismatch", "/issues/0/strategies/0/initiatives/0/targets/0/rule/threshold");
    }

    @Test
    void anAdjustedBaselineMustResolveToTheThreshold() {
        ObjectNode tree = Fixtures.minatoTree();
        String pointer = pointerOfTargetWith(tree, "FIXED_ADJUSTED");
        at(tree, pointer + "/rule/baseline").put("changePercent", -20);

        List<Violation> violations = PlanValidator.validate(Fixtures.toPlan(tree));

        assertHas(violations, "baseline-mismatch", pointer + "/rule/threshold");
    }

    @Test
    void codesMustFollowThePlansNumbering() {
        ObjectNode tree = Fixtures.minatoTree();
        at(tree, "/issues/1/strategies/0").put("code", "2-9");

        assertHas(PlanValidator.validate(Fixtures.toPlan(tree)), "invalid-code", "/issues/1/strategies/0/code");
    }

    private static void assertHas(List<Violation> violations, String code, String pointer) {
        assertTrue(violations.stream().anyMatch(v -> v.code().equals(code) && v.pointer().equals(pointer)),
                () -> "expected " + code + " at " + pointer + " in " + violations);
    }

    static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(JsonPointer.compile(pointer));
    }

    static ObjectNode findInitiative(ObjectNode tree, String code) {
        return at(tree, pointerOf(tree, code));
    }

    static String pointerOf(ObjectNode tree, String initiativeCode) {
        ArrayNode issues = (ArrayNode) tree.get("issues");
        for (int i = 0; i < issues.size(); i++) {
            ArrayNode strategies = (ArrayNode) issues.get(i).get("strategies");
            for (int s = 0; s < strategies.size(); s++) {
                ArrayNode initiatives = (ArrayNode) strategies.get(s).get("initiatives");
                for (int n = 0; n < initiatives.size(); n++) {
                    if (initiatives.get(n).get("code").asText().equals(initiativeCode)) {
                        return "/issues/" + i + "/strategies/" + s + "/initiatives/" + n;
                    }
                }
            }
        }
        throw new AssertionError("no initiative " + initiativeCode);
    }

    static String pointerOfTargetWith(ObjectNode tree, String baselineType) {
        ArrayNode issues = (ArrayNode) tree.get("issues");
        for (int i = 0; i < issues.size(); i++) {
            ArrayNode strategies = (ArrayNode) issues.get(i).get("strategies");
            for (int s = 0; s < strategies.size(); s++) {
                ArrayNode initiatives = (ArrayNode) strategies.get(s).get("initiatives");
                for (int n = 0; n < initiatives.size(); n++) {
                    ArrayNode targets = (ArrayNode) initiatives.get(n).get("targets");
                    for (int t = 0; t < targets.size(); t++) {
                        var baseline = targets.get(t).get("rule").get("baseline");
                        if (baseline != null && baselineType.equals(baseline.path("type").asText())) {
                            return "/issues/" + i + "/strategies/" + s + "/initiatives/" + n + "/targets/" + t;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no target with baseline " + baselineType);
    }
}
