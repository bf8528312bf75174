package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain sentence of every kind of target and every status, in both languages, checked word for word. */
class SentenceTest {

    /** 55.0％以上, as in the example. */
    private static final TargetSpec SURVEY_55 = percent("1-1-1-1", Direction.AT_LEAST, "55.0", 1,
            TargetSpec.PercentBasis.SURVEY, null);

    private static Sentence say(TargetSpec spec, EvaluationMode mode, Observation... observations) {
        return Evaluator.evaluate(spec, FY2019, List.of(observations), mode).sentence();
    }

    private static Sentence sayOn(String on, TargetSpec spec, Observation... observations) {
        return Evaluator.evaluate(spec, FY2019, List.of(observations), IN_YEAR, LocalDate.parse(on)).sentence();
    }

    private static void assertSays(String ja, String en, Sentence sentence) {
        assertEquals(ja, sentence.ja());
        assertEquals(en, sentence.en());
    }

    @Test
    void surveyClearlyMissedYearEnd() {
        // 412/1000; Wilson 95 %: 38.19–44.28
        assertSays("目標 55.0％以上に対し 41.2％（未達成）。標本の95％信頼区間は 38.2〜44.3％で、目標を明確に下回っています。",
                "41.2% against a target of at least 55.0% (not achieved). The sample's 95% confidence interval is "
                        + "38.2–44.3%, clearly below the target.",
                say(SURVEY_55, YEAR_END, ratio("2020-03-01", 412, 1000)));
    }

    @Test
    void surveyClearlyMetYearEnd() {
        assertSays("目標 38.3％以上に対し 41.2％（達成）。標本の95％信頼区間は 38.2〜44.3％で、目標値はこの区間内にあり、差は標本誤差の範囲内です。",
                "41.2% against a target of at least 38.3% (achieved). The sample's 95% confidence interval is "
                        + "38.2–44.3% and contains the target: the difference is within the sampling margin.",
                say(SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 412, 1000)));
        assertSays("目標 38.3％以上に対し 45.0％（達成）。標本の95％信頼区間は 43.9〜46.1％で、目標を明確に上回っています。",
                "45.0% against a target of at least 38.3% (achieved). The sample's 95% confidence interval is "
                        + "43.9–46.1%, clearly above the target.",
                say(SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 3600, 8000)));
    }

    @Test
    void surveyAtMostInYear() {
        // 以下: an interval wholly under the limit is clearly met, and reads "below"
        assertSays("目標 7.1％以下に対し 5.0％（順調）。標本の95％信頼区間は 4.5〜5.5％で、目標を明確に下回っています。",
                "5.0% against a target of at most 7.1% (on track). The sample's 95% confidence interval is "
                        + "4.5–5.5%, clearly below the target.",
                say(SURVEY_AT_MOST, IN_YEAR, ratio("2019-08-31", 400, 8000)));
        assertSays("目標 7.1％以下に対し 9.0％（順調でない）。標本の95％信頼区間は 8.4〜9.7％で、目標を明確に上回っています。",
                "9.0% against a target of at most 7.1% (not on track). The sample's 95% confidence interval is "
                        + "8.4–9.7%, clearly above the target.",
                say(SURVEY_AT_MOST, IN_YEAR, ratio("2019-08-31", 720, 8000)));
    }

    @Test
    void administrativeRatioHasNoInterval() {
        assertSays("目標 80％以上に対し 79％（未達成）。", "79% against a target of at least 80% (not achieved).",
                say(ADMINISTRATIVE, YEAR_END, ratio("2020-03-31", 1589, 2000)));
    }

    @Test
    void pointInTimeCount() {
        assertSays("目標 5施設以上に対し 4施設（順調でない）。", "4 against a target of at least 5 (not on track).",
                say(FACILITIES, IN_YEAR, total("2019-08-31", 4)));
    }

    @Test
    void scoreInPoints() {
        assertSays("目標 3.5点以上に対し 3.6点（達成）。", "3.6 points against a target of at least 3.5 points (achieved).",
                say(SCORE, YEAR_END, score("2020-01-15", "3.62", 5)));
    }

    @Test
    void reductionFromABaselineSaysWhereTheTargetCameFrom() {
        // 29年度件数（７件）の10％減の６件以下
        assertSays("目標 6件以下（基準値 7件から）に対し 7件（未達成）。",
                "7 against a target of at most 6 (from the baseline of 7) (not achieved).",
                say(INCIDENTS, YEAR_END, total("2020-03-31", 7)));
    }

    @Test
    void aBaselineTheTargetOnlyRestatesIsNotRepeated() {
        assertSays("目標 52.1％以上に対し 52.0％（未達成）。標本の95％信頼区間は 51.1〜53.0％で、目標値はこの区間内にあり、差は標本誤差の範囲内です。",
                "52.0% against a target of at least 52.1% (not achieved). The sample's 95% confidence interval is "
                        + "51.1–53.0% and contains the target: the difference is within the sampling margin.",
                say(FIXED_BASELINE, YEAR_END, ratio("2020-03-01", 5204, 10000)));
    }

    @Test
    void previousYearBaselineResolvedAndPending() {
        assertSays("目標 50.3％以上（前年同時期の実績 50.0％から）に対し 50.2％（未達成）。",
                "50.2% against a target of at least 50.3% (from last year's same-period figure of 50.0%) (not achieved).",
                say(PREVIOUS_YEAR_POINTS, YEAR_END, ratio("2019-03-31", 500, 1000), ratio("2020-03-31", 502, 1000)));
        assertSays("実績は 50.3％です。目標の基準となる前年同時期（2018年度）の値が未測定のため、まだ判定できません。",
                "The actual is 50.3%; the target builds on last year's same-period figure (FY2018), which is not "
                        + "measured yet, so it cannot be judged.",
                say(PREVIOUS_YEAR_POINTS, IN_YEAR, ratio("2019-09-30", 503, 1000)));
    }

    @Test
    void cumulativeCountInYearIsJudgedProRata() {
        // 4,400 × 5/12 = 1,833.3 by 31 August; 1,834 × 12/5 = 4,402
        assertSays("2019年8月31日時点（年度の41.7％経過）の按分目標 1,833.3件に対し 1,834件（順調）。"
                        + "年間目標は 4,400件以上、このペースでの年度末見込みは 4,402件です。",
                "1,834 against a pro-rata expectation of 1,833.3 by 31 August 2019 (41.7% of the year elapsed) "
                        + "(on track). The annual target is at least 4,400; at this pace the year would end at 4,402.",
                sayOn("2019-08-31", CASES_4400, total("2019-08-31", 1834)));
    }

    @Test
    void cumulativeCountWhoseReportsStoppedFallsBehindOnTheEvaluationDate() {
        // reported through June; by 31 December 9/12 of 4,400 = 3,300.0 is due
        assertSays("2019年12月31日時点（年度の75.0％経過）の按分目標 3,300.0件に対し 1,834件（順調でない）。"
                        + "年間目標は 4,400件以上、このペースでの年度末見込みは 2,445件です。",
                "1,834 against a pro-rata expectation of 3,300.0 by 31 December 2019 (75.0% of the year elapsed) "
                        + "(not on track). The annual target is at least 4,400; at this pace the year would end at 2,445.",
                sayOn("2019-12-31", CASES_4400, total("2019-06-30", 1834)));
    }

    @Test
    void cumulativeCountAtYearEndIsTheWholeTarget() {
        assertSays("目標 4,400件以上に対し 4,300件（未達成）。", "4,300 against a target of at least 4,400 (not achieved).",
                say(CASES_4400, YEAR_END, total("2020-02-29", 4000), increment("2020-03-31", 300)));
    }

    @Test
    void cumulativeLimitInYearComparesDirectlyAndProjects() {
        assertSays("目標 6件以下に対し 4件（順調）。このペースでの年度末見込みは 10件です。",
                "4 against a target of at most 6 (on track). At this pace the year would end at 10.",
                sayOn("2019-08-31", INCIDENTS_CUMULATIVE, increment("2019-06-10", 2), increment("2019-08-31", 2)));
    }

    @Test
    void allAreasInYearAndYearEnd() {
        assertSays("2019年8月31日時点（年度の41.7％経過）の按分目標 4.6地域に対し 5地域（順調）。年間目標は 全地域（11地域）です。",
                "5 of 11 areas against a pro-rata expectation of 4.6 areas by 31 August 2019 (41.7% of the year "
                        + "elapsed) (on track). The annual target is every area (11).",
                sayOn("2019-08-31", ALL_AREAS, areas("2019-08-31", "市岡", "磯路", "三先", "八幡屋", "波除")));
        assertSays("目標 全地域（11地域）に対し 3地域（未達成）。", "3 of 11 areas against a target of every area (11) (not achieved).",
                say(ALL_AREAS, YEAR_END, areas("2019-10-01", "市岡", "磯路"), areas("2020-02-01", "市岡", "三先")));
    }

    @Test
    void milestonesInEveryState() {
        String m = "「津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定」";
        String en = "Milestone “津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定”: ";
        assertSays(m + "は完了しています（達成）。", en + "done (achieved).",
                say(MILESTONE, YEAR_END, milestone("2020-03-31", Reading.MilestoneState.DONE)));
        assertSays(m + "は実施中です（順調）。", en + "under way (on track).",
                say(MILESTONE, IN_YEAR, milestone("2019-09-30", Reading.MilestoneState.IN_PROGRESS)));
        assertSays(m + "は実施中です（未達成）。", en + "under way (not achieved).",
                say(MILESTONE, YEAR_END, milestone("2020-03-31", Reading.MilestoneState.IN_PROGRESS)));
        assertSays(m + "は未着手です（順調でない）。", en + "not started (not on track).",
                say(MILESTONE, IN_YEAR, milestone("2019-09-30", Reading.MilestoneState.NOT_DONE)));
    }

    @Test
    void noData() {
        assertSays("2019年度の測定値がまだないため、評価していません。", "No measurement for FY2019 yet, so nothing is judged.",
                say(SCORE, IN_YEAR));
    }

    @Test
    void everyEvaluationHasASentenceInBothLanguages() {
        // A 0 % survey: the interval starts at 0.0; a large count keeps its grouping in both languages.
        Sentence zero = say(SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 0, 1000));
        assertEquals("目標 7.1％以下に対し 0.0％（達成）。標本の95％信頼区間は 0.0〜0.4％で、目標を明確に下回っています。", zero.ja());
        TargetSpec big = Fixtures.count("9-9-9-9", Direction.AT_LEAST, "1200000", false, "人", null);
        assertEquals("目標 1,200,000人以上に対し 1,234,567人（達成）。",
                say(big, YEAR_END, observation("2020-03-31", new Reading.Count(new BigDecimal("1234567"),
                        Reading.CountMode.RUNNING_TOTAL))).ja());
    }
}
