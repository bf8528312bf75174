package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.FY2019;
import static io.mezasu.measurement.domain.evaluation.Fixtures.areas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage of a named list other than 地域 (全小学校区, 全校 …): the rule's unit names the list, the plan document's
 * areas.names are its members, and it is judged as 全地域 is. Test data: six made-up school districts.
 */
class CoverageListTest {

    private static final List<String> DISTRICTS = List.of("第一", "第二", "第三", "第四", "第五", "第六");
    private static final TargetSpec ALL_DISTRICTS = coverage("小学校区", DISTRICTS);

    @Test
    void everyMemberMeetsItOneShortDoesNot() {
        Evaluation five = Evaluator.evaluate(ALL_DISTRICTS, FY2019,
                List.of(areas("2020-03-01", "第一", "第二", "第三", "第四", "第五")), YEAR_END);
        Evaluation six = Evaluator.evaluate(ALL_DISTRICTS, FY2019,
                List.of(areas("2019-06-01", "第一", "第二", "第三"), areas("2020-03-01", "第四", "第五", "第六")), YEAR_END);
        assertEquals(Status.NOT_ACHIEVED, five.status());
        assertEquals(Status.ACHIEVED, six.status());
        assertEquals("6", six.target().toPlainString());
    }

    @Test
    void namesOutsideTheListDoNotCount() {
        Evaluation e = Evaluator.evaluate(ALL_DISTRICTS, FY2019,
                List.of(areas("2020-03-01", "第一", "第二", "第三", "第四", "第五", "第七")), YEAR_END);
        assertEquals("5", e.actual().toPlainString());
        assertTrue(e.explanation().formula().contains("5 of 6 primary school districts done"), e.explanation().formula());
        assertTrue(e.explanation().formula().contains("target: all 6 primary school districts (全小学校区)"));
    }

    @Test
    void sentenceNamesTheList() {
        Evaluation e = Evaluator.evaluate(ALL_DISTRICTS, FY2019,
                List.of(areas("2020-03-01", "第一", "第二", "第三", "第四", "第五")), YEAR_END);
        assertEquals("目標 全小学校区（6小学校区）に対し 5小学校区（未達成）。", e.sentence().ja());
        assertEquals("5 of 6 primary school districts against a target of all primary school districts (6) "
                + "(not achieved).", e.sentence().en());
    }

    /** In-year it is pro rata, as 全地域: 6 × 6/12 = 3 expected by 30 September; 3 is on track, 2 is behind. */
    @Test
    void inYearProRataOnBothSides() {
        LocalDate on = LocalDate.of(2019, 9, 30);
        Evaluation three = Evaluator.evaluate(ALL_DISTRICTS, FY2019, List.of(areas("2019-09-30", "第一", "第二", "第三")),
                IN_YEAR, on);
        Evaluation two = Evaluator.evaluate(ALL_DISTRICTS, FY2019, List.of(areas("2019-09-30", "第一", "第二")),
                IN_YEAR, on);
        assertEquals(Status.ON_TRACK, three.status());
        assertEquals(Status.BEHIND, two.status());
        assertTrue(three.sentence().ja().endsWith("年間目標は 全小学校区（6小学校区）です。"), three.sentence().ja());
    }

    @Test
    void aListWithoutEnglishNameReadsMembers() {
        TargetSpec halls = coverage("会館", List.of("北", "南"));
        Evaluation e = Evaluator.evaluate(halls, FY2019, List.of(areas("2020-03-01", "北", "南")), YEAR_END);
        assertEquals("目標 全会館（2会館）に対し 2会館（達成）。", e.sentence().ja());
        assertEquals("2 of 2 members against a target of all members (2) (achieved).", e.sentence().en());
    }

    @Test
    void minatoAllAreasReadsAsBefore() {
        Evaluation e = Evaluator.evaluate(Fixtures.ALL_AREAS, FY2019,
                List.of(areas("2020-03-01", "市岡", "磯路", "三先")), YEAR_END);
        assertEquals("目標 全地域（11地域）に対し 3地域（未達成）。", e.sentence().ja());
        assertEquals("3 of 11 areas against a target of every area (11) (not achieved).", e.sentence().en());
    }

    @Test
    void aListWithoutMembersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> coverage("校", List.of()));
    }

    private static TargetSpec coverage(String list, List<String> members) {
        return new TargetSpec("test-coverage", "9-3-1-1", MeasureKind.AREA_COVERAGE, Direction.AT_LEAST, null, null,
                list, null, false, null, null, members, null);
    }
}
