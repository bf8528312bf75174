package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target filter behind GET /plans/{key}/targets, on the Minato fixture (63 targets). */
class TargetFilterTest {

    private final List<TargetEntry> all = TargetEntry.flatten(Fixtures.minato());

    @Test
    void noCriterionAndBlankTextMatchEverything() {
        assertEquals(63, count(new TargetFilter(null, null, null, null)));
        assertEquals(63, count(new TargetFilter(null, null, null, "  ")));
    }

    @Test
    void criteriaCombine() {
        TargetFilter filter = new TargetFilter(2, "2-4", MeasureKind.MILESTONE, null);
        List<TargetEntry> chosen = all.stream().filter(filter::matches).toList();
        assertTrue(chosen.stream().allMatch(e -> e.issue() == 2 && e.strategy().equals("2-4")
                && e.target().rule().kind() == MeasureKind.MILESTONE));
        assertEquals(chosen.size(), count(new TargetFilter(null, "2-4", MeasureKind.MILESTONE, null)));
    }

    @Test
    void textLooksAtTheInitiativeTitleToo() {
        TargetEntry first = all.get(0);
        String title = first.initiativeTitle();
        assertTrue(new TargetFilter(null, null, null, title).matches(first));
    }

    private long count(TargetFilter filter) {
        return all.stream().filter(filter::matches).count();
    }
}
