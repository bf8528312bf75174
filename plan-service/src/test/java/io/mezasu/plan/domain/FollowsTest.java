package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.platform.problem.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan that follows a plan (前年度の運営方針), on the synthetic test ward (test data, not a real ward). */
class FollowsTest {

    static ObjectNode testWard(String key) {
        try (InputStream in = FollowsTest.class.getResourceAsStream("/plans/test-data/" + key + ".json")) {
            return (ObjectNode) Fixtures.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanDocument fy2019() {
        return Fixtures.toPlan(testWard("testward-fy2019"));
    }

    static PlanDocument fy2020() {
        return Fixtures.toPlan(testWard("testward-fy2020"));
    }

    @Test
    void bothTestWardPlansAreValidAndTheSecondFollowsTheFirst() {
        assertEquals(List.of(), PlanValidator.validate(fy2019()));
        assertEquals(List.of(), PlanValidator.validate(fy2020()));
        assertEquals(List.of(), Follows.check(fy2020(), fy2019()));
        assertEquals("testward-fy2019", fy2020().follows().plan());
        assertEquals(Map.of("1-1-1-2", "1-1-1-3", "1-1-1-3", "1-1-1-2"), fy2020().follows().targets());
    }

    @Test
    void theFollowedPlanMustBePublished() {
        assertHas(Follows.check(fy2020(), null), "unknown-followed-plan", "/follows/plan");
    }

    @Test
    void aPlanCannotFollowItself() {
        PlanDocument self = fy2020().following(new Follows("testward-fy2020", Map.of()));
        assertHas(Follows.check(self, fy2020()), "invalid-follows", "/follows/plan");
    }

    @Test
    void theFollowedPlanIsOfTheSameWardAndOfThePreviousFiscalYear() {
        ObjectNode other = testWard("testward-fy2019");
        other.put("ward", "別の区（試験データ）");
        assertHas(Follows.check(fy2020(), Fixtures.toPlan(other)), "followed-plan-mismatch", "/follows/plan");
        // Two years back is not the previous year: a chain only ever goes one year back, so it cannot loop.
        ObjectNode older = testWard("testward-fy2019");
        older.putObject("fiscalYear").put("label", "平成30年度").put("start", "2018-04-01").put("end", "2019-03-31");
        List<Violation> violations = Follows.check(fy2020(), Fixtures.toPlan(older));
        assertHas(violations, "followed-plan-mismatch", "/follows/plan");
        String words = ProblemTexts.resolve(new Text(violations.get(0).textKey(), violations.get(0).args()),
                ProblemLanguage.EN);
        assertTrue(words.contains("2018-04-01"), words);
    }

    @Test
    void mappedCodesExistOnBothSides() {
        PlanDocument plan = fy2020().following(new Follows("testward-fy2019",
                Map.of("9-9-9-9", "1-1-1-1", "1-1-1-1", "8-8-8-8", "1-1-1-2", "1-1-1-3", "1-1-1-3", "1-1-1-2")));
        List<Violation> violations = Follows.check(plan, fy2019());
        assertHas(violations, "unknown-target", "/follows/targets/9-9-9-9");
        assertHas(violations, "unknown-target", "/follows/targets/1-1-1-1");
        assertEquals(2, violations.size(), violations.toString());
    }

    @Test
    void aPreviousYearTargetContinuesATargetOfTheSameKind() {
        // Identity by default: FY2020's 1-1-1-3 (a count, 前年度以上) would continue FY2019's 1-1-1-3, a rate.
        PlanDocument unmapped = fy2020().following(new Follows("testward-fy2019", Map.of("1-1-1-2", "1-1-1-3")));
        List<Violation> violations = Follows.check(unmapped, fy2019());
        assertHas(violations, "follows-kind-mismatch", "/follows/targets/1-1-1-3");
        assertEquals(1, violations.size(), violations.toString());
    }

    @Test
    void aPlanWithoutFollowsKeepsItsBytes() {
        PlanDocument minato = Fixtures.minato();
        assertTrue(!PlanDocuments.write(minato).contains("\"follows\""));
        assertTrue(PlanDocuments.write(fy2020()).contains("\"follows\":{\"plan\":\"testward-fy2019\""));
        assertEquals(fy2020(), PlanDocuments.read(PlanDocuments.write(fy2020())));
    }

    private static void assertHas(List<Violation> violations, String code, String pointer) {
        assertTrue(violations.stream().anyMatch(v -> v.code().equals(code) && v.pointer().equals(pointer)),
                () -> "expected " + code + " at " + pointer + " in " + violations);
    }
}
