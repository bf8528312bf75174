package io.mezasu.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.platform.problem.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorScopeTest {

    @Test
    void aPlanEntryCoversEveryTargetOfThatPlanOnly() {
        VendorScope scope = VendorScope.parse(List.of("plan:minato-fy2019"));
        assertTrue(scope.permits("minato-fy2019", "1-1-1-1", null));
        assertTrue(scope.permits("minato-fy2019", "6-4-3-1", "any-source"));
        assertFalse(scope.permits("kita-fy2019", "1-1-1-1", null));
        assertFalse(scope.permits("minato-fy2019-b", "1-1-1-1", null), "no prefix matching");
    }

    @Test
    void aTargetEntryCoversThatTargetOnly() {
        VendorScope scope = VendorScope.parse(List.of("target:minato-fy2019/1-1-1-1"));
        assertTrue(scope.permits("minato-fy2019", "1-1-1-1", null));
        assertFalse(scope.permits("minato-fy2019", "1-1-1-2", null));
        assertFalse(scope.permits("kita-fy2019", "1-1-1-1", null));
        assertFalse(scope.permits("minato-fy2019", null, null));
    }

    @Test
    void aSourceEntryCoversWritesNamingThatSource() {
        VendorScope scope = VendorScope.parse(List.of("source:minato-ward-survey"));
        assertTrue(scope.permits("minato-fy2019", "2-4-1-1", "minato-ward-survey"));
        assertTrue(scope.permits("kita-fy2019", "1-1-1-1", "minato-ward-survey"));
        assertFalse(scope.permits("minato-fy2019", "2-4-1-1", "other-survey"));
        assertFalse(scope.permits("minato-fy2019", "2-4-1-1", null));
    }

    @Test
    void entriesGrantOnTheirOwn() {
        VendorScope scope = VendorScope.parse("plan:kita-fy2019 target:minato-fy2019/2-4-1-1 source:s1");
        assertTrue(scope.permits("kita-fy2019", "9-9-9-9", null));
        assertTrue(scope.permits("minato-fy2019", "2-4-1-1", null));
        assertTrue(scope.permits("minato-fy2019", "1-1-1-1", "s1"));
        assertFalse(scope.permits("minato-fy2019", "1-1-1-1", "s2"));
        assertEquals(List.of("plan:kita-fy2019", "source:s1", "target:minato-fy2019/2-4-1-1"), scope.entries());
        assertEquals(scope, VendorScope.parse(scope.entries()));
    }

    @Test
    void noScopePermitsNothing() {
        for (VendorScope scope : List.of(VendorScope.none(), VendorScope.parse(""), VendorScope.parse((String) null),
                VendorScope.parse(List.of()))) {
            assertTrue(scope.isEmpty());
            assertFalse(scope.permits("minato-fy2019", "1-1-1-1", "s1"));
        }
    }

    @Test
    void malformedEntriesAreRefusedNotGuessed() {
        for (String bad : new String[] {"minato-fy2019", "plan:", "plans:minato-fy2019", "target:minato-fy2019",
                "target:/1-1-1-1", "target:minato-fy2019/", "plan:a/b", "source:", "*", "plan:*x y"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VendorScope.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().contains(VendorScope.CLAIM), e.getMessage());
        }
    }

    @Test
    void requireIsAForbiddenProblemNamingTheWrite() {
        VendorScope scope = VendorScope.parse(List.of("plan:minato-fy2019"));
        scope.require("minato-fy2019", "1-1-1-1", null);
        ProblemException e = assertThrows(ProblemException.class, () -> scope.require("kita-fy2019", "1-1-1-1", "s1"));
        assertEquals(ProblemType.FORBIDDEN, e.type());
        String english = ProblemTexts.resolve(e.detail(), ProblemLanguage.EN);
        assertTrue(english.contains("kita-fy2019") && english.contains("1-1-1-1") && english.contains("s1"), english);
    }
}
