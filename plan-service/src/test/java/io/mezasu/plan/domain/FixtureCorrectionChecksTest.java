package io.mezasu.plan.domain;

import static io.mezasu.plan.domain.PlanValidatorTest.at;
import static io.mezasu.plan.domain.PlanValidatorTest.pointerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mistake of issue 20, put back into the fixture, is caught; and the new JSON forms read and write back. */
class FixtureCorrectionChecksTest {

    @Test
    void anIndicatorCountingAgainstAYearNeedsTheItemBaseline() {
        ObjectNode tree = Fixtures.minatoTree();
        String target = pointerOf(tree, "4-1-2") + "/targets/0";
        at(tree, target + "/rule").putNull("itemBaseline");

        assertHas(PlanValidator.validate(Fixtures.toPlan(tree)), "rule-text-mismatch",
                target + "/rule/itemBaseline/fiscalYear");
    }

    @Test
    void theItemBaselineReadsHeiseiAsGregorian() {
        assertEquals(2018, TargetTextReader.itemBaselineYear("割合が、平成 30年度を基準として改善している学校数")
                .orElseThrow());
        assertTrue(TargetTextReader.itemBaselineYear("区民の割合").isEmpty());
    }

    @Test
    void aMilestoneDeliverableThatKeepsItsVerbIsReported() {
        ObjectNode tree = Fixtures.minatoTree();
        String target = pointerOf(tree, "2-3-1") + "/targets/0";
        at(tree, target + "/rule/milestone").put("deliverable", "基本構想に基づく取組に関する関係者間の進捗把握及び取組の促進");

        assertHas(PlanValidator.validate(Fixtures.toPlan(tree)), "rule-text-mismatch",
                target + "/rule/milestone/deliverable");
    }

    @Test
    void anInferredDesiredStateSaysWhy() {
        ObjectNode tree = Fixtures.minatoTree();
        String strategy = "/issues/2/strategies/3";
        assertEquals("3-4", at(tree, strategy).get("code").asText());
        at(tree, strategy + "/desiredStates/1").putNull("placementNote");

        assertHas(PlanValidator.validate(Fixtures.toPlan(tree)), "missing", strategy + "/desiredStates/1/placementNote");
    }

    /** A STATED desired state stays the v1 string; an INFERRED one is an object; both read back the same. */
    @Test
    void desiredStatesKeepTheStringFormUnlessInferred() {
        PlanDocument plan = Fixtures.minato();
        JsonNode states = PlanDocuments.tree(plan).at("/issues/2/strategies/3/desiredStates");
        assertTrue(states.get(0).isTextual());
        assertEquals("INFERRED", states.get(1).get("placement").asText());
        assertEquals(plan, PlanDocuments.read(PlanDocuments.write(plan)));
    }

    /** The application's mapper fails on trailing tokens; the desired-state reader must not trip over that. */
    @Test
    void desiredStatesReadUnderTheApplicationMappersStrictSettings() throws Exception {
        var strict = Fixtures.JSON.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        assertEquals(Fixtures.minato(), strict.readValue(PlanDocuments.write(Fixtures.minato()), PlanDocument.class));
    }

    private static void assertHas(List<Violation> violations, String code, String pointer) {
        assertTrue(violations.stream().anyMatch(v -> v.code().equals(code) && v.pointer().equals(pointer)),
                () -> "expected " + code + " at " + pointer + " in " + violations);
    }
}
