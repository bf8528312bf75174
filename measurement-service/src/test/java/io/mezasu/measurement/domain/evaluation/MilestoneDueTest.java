package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.FY2019;
import static io.mezasu.measurement.domain.evaluation.Fixtures.milestone;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.DONE;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.IN_PROGRESS;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.NOT_DONE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.domain.evaluation.Reading.MilestoneState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A milestone with a deadline (milestone.due, e.g. 令和元年度末までに = 2020-03-31): up to and on the due day it is
 * judged by the state reported; the day after, anything short of DONE is NOT_DONE, and the sentence says the
 * deadline passed. Year end stays 達成 only for DONE. Test data, not from a plan.
 */
class MilestoneDueTest {

    private static final LocalDate DUE = LocalDate.of(2019, 12, 31);
    private static final TargetSpec DUE_END_OF_2019 = new TargetSpec("test-due", "9-2-1-1", MeasureKind.MILESTONE,
            null, null, null, null, null, false, null, null, null, new TargetSpec.Milestone("避難計画を策定", DUE));

    @ParameterizedTest(name = "{1} reported, judged {0} ({2}) → {3} {4}")
    @CsvSource({
            // the day before, the due day itself, the day after
            "2019-12-30, IN_PROGRESS, IN_YEAR, IN_PROGRESS, 順調",
            "2019-12-31, IN_PROGRESS, IN_YEAR, IN_PROGRESS, 順調",
            "2020-01-01, IN_PROGRESS, IN_YEAR, NOT_DONE, 順調でない",
            "2019-12-31, NOT_DONE, IN_YEAR, NOT_DONE, 順調でない",
            "2020-01-01, NOT_DONE, IN_YEAR, NOT_DONE, 順調でない",
            "2019-12-30, DONE, IN_YEAR, DONE, 順調",
            "2020-01-01, DONE, IN_YEAR, DONE, 順調",
            // year end: only DONE is 達成, whether the deadline passed or not
            "2020-04-01, DONE, YEAR_END, DONE, 達成",
            "2020-04-01, IN_PROGRESS, YEAR_END, NOT_DONE, 未達成",
            "2020-04-01, NOT_DONE, YEAR_END, NOT_DONE, 未達成"})
    void judgedOnBothSidesOfTheDueDate(LocalDate on, MilestoneState reported, EvaluationMode mode, Status status,
            String label) {
        Evaluation e = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", reported)), mode, on);
        assertAll(
                () -> assertEquals(status, e.status()),
                () -> assertEquals(label, e.osakaLabel().text()));
    }

    @Test
    void aMilestoneDoneAfterItsDeadlineIsDone() {
        Evaluation e = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2020-02-10", DONE)), YEAR_END,
                LocalDate.of(2020, 4, 1));
        assertEquals(Status.DONE, e.status());
    }

    @Test
    void withoutAnEvaluationDateTheLatestReportDecides() {
        Evaluation before = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-12-31", IN_PROGRESS)),
                IN_YEAR);
        Evaluation after = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2020-01-15", IN_PROGRESS)),
                IN_YEAR);
        assertEquals(Status.IN_PROGRESS, before.status());
        assertEquals(Status.NOT_DONE, after.status());
    }

    @Test
    void theSentenceSaysTheDeadlineAheadOrPassed() {
        Evaluation ahead = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", IN_PROGRESS)),
                IN_YEAR, LocalDate.of(2019, 10, 1));
        assertEquals("「避難計画を策定」は実施中です（順調）。期限は2019年12月31日です。", ahead.sentence().ja());
        assertEquals("Milestone “避難計画を策定”: under way (on track). Due by 31 December 2019.", ahead.sentence().en());
        assertTrue(ahead.explanation().formula().endsWith("; due 2019-12-31"), ahead.explanation().formula());

        Evaluation passed = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", IN_PROGRESS)),
                IN_YEAR, LocalDate.of(2020, 1, 1));
        assertEquals("「避難計画を策定」は期限の2019年12月31日を過ぎても完了していません（順調でない）。", passed.sentence().ja());
        assertEquals("Milestone “避難計画を策定”: not done by its deadline of 31 December 2019 (not on track).",
                passed.sentence().en());
        assertTrue(passed.explanation().formula().contains("passed by 2020-01-01: NOT_DONE"),
                passed.explanation().formula());

        Evaluation done = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", DONE)), YEAR_END,
                LocalDate.of(2020, 4, 1));
        assertEquals("「避難計画を策定」は完了しています（達成）。", done.sentence().ja());
    }

    @Test
    void aMilestoneWithoutDeadlineKeepsItsReportedState() {
        Evaluation e = Evaluator.evaluate(Fixtures.MILESTONE, FY2019, List.of(milestone("2019-10-01", NOT_DONE)),
                IN_YEAR, LocalDate.of(2030, 1, 1));
        assertEquals(Status.NOT_DONE, e.status());
        assertEquals("「津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定」は未着手です（順調でない）。", e.sentence().ja());
    }

    @Test
    void aStoredUndoneMilestoneTurnsStaleTheDayAfterItsDeadline() {
        Evaluation stored = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", IN_PROGRESS)),
                IN_YEAR, LocalDate.of(2019, 10, 1));
        assertFalse(Staleness.isStale(stored, DUE_END_OF_2019, IN_YEAR, DUE));
        assertTrue(Staleness.isStale(stored, DUE_END_OF_2019, IN_YEAR, DUE.plusDays(1)));
        Evaluation done = Evaluator.evaluate(DUE_END_OF_2019, FY2019, List.of(milestone("2019-10-01", DONE)),
                IN_YEAR, LocalDate.of(2019, 10, 1));
        assertFalse(Staleness.isStale(done, DUE_END_OF_2019, IN_YEAR, DUE.plusDays(1)));
        assertFalse(Staleness.isStale(stored, Fixtures.MILESTONE, IN_YEAR, DUE.plusDays(1)), "no deadline");
    }
}
