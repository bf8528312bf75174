package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.EvaluationCase.of;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.IN_YEAR;
import static io.mezasu.measurement.domain.evaluation.EvaluationMode.YEAR_END;
import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.DONE;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.IN_PROGRESS;
import static io.mezasu.measurement.domain.evaluation.Reading.MilestoneState.NOT_DONE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every target form of the seed plan, with figures on both sides of each threshold. Expected values
 * are worked out by hand from the rules (comments show the arithmetic), not read off a run.
 */
class EvaluatorTableTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource({"surveyRatios", "administrativeAndBaselines", "counts", "scoresAreasMilestones", "noDataAndCorrections"})
    void evaluates(EvaluationCase c) {
        Evaluation e = Evaluator.evaluate(c.spec(), FY2019, c.observations(), c.mode());
        assertAll(
                () -> assertEquals(c.spec().code(), e.targetCode(), "code"),
                () -> assertEquals(c.mode(), e.mode(), "mode"),
                () -> assertEquals(c.status(), e.status(), "status"),
                () -> assertEquals(c.label(), e.osakaLabel() == null ? null : e.osakaLabel().text(), "label"),
                () -> assertEquals(c.actual(), e.actual() == null ? null : e.actual().toPlainString(), "actual"),
                () -> assertNumber(c.target(), e.target(), "target"),
                () -> assertNumber(c.expected(), e.expected(), "expected"),
                () -> assertNumber(c.projected(), e.projectedYearEnd(), "projected"),
                () -> assertEquals(c.progress(), e.progressPercent() == null ? null : e.progressPercent().toPlainString(),
                        "progress"),
                () -> assertEquals(c.actual() == null, e.exactActual() == null, "exact actual present with actual"));
    }

    static void assertNumber(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertNotNull(actual, what);
            assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected + " but was " + actual);
        }
    }

    static Stream<EvaluationCase> surveyRatios() {
        return Stream.of(
                // 38.3％以上: 412/1000 = 41.2; 41.2/38.3 = 107.57 %
                of("≥ survey 41.2 year-end", SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 412, 1000))
                        .is(Status.ACHIEVED, "達成").actual("41.2", "38.3").progress("107.6"),
                // rounding edge: 765/2000 = 38.25 → 38.3 meets; 3824/10000 = 38.24 → 38.2 misses
                of("≥ survey 38.25 rounds up to 38.3", SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 765, 2000))
                        .is(Status.ACHIEVED, "達成").actual("38.3", "38.3").progress("100.0"),
                of("≥ survey 38.24 rounds down to 38.2", SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 3824, 10000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("38.2", "38.3").progress("99.7"),
                of("≥ survey 38.2 is not 38.3", SURVEY_AT_LEAST, YEAR_END, ratio("2020-03-01", 382, 1000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("38.2", "38.3").progress("99.7"),
                // in-year ratios compare directly with the threshold, no pro rata
                of("≥ survey in-year met", SURVEY_AT_LEAST, IN_YEAR, ratio("2019-08-31", 412, 1000))
                        .is(Status.ON_TRACK, "順調").actual("41.2", "38.3").progress("107.6"),
                of("≥ survey in-year 38.24", SURVEY_AT_LEAST, IN_YEAR, ratio("2019-08-31", 3824, 10000))
                        .is(Status.BEHIND, "順調でない").actual("38.2", "38.3").progress("99.7"),
                of("≥ survey latest observation wins", SURVEY_AT_LEAST, YEAR_END,
                        ratio("2019-12-01", 412, 1000), ratio("2019-07-01", 300, 1000))
                        .is(Status.ACHIEVED, "達成").actual("41.2", "38.3").progress("107.6"),
                // 7.1％以下: 7.1 itself meets; 7.14 → 7.1 meets; 7.15 → 7.2 misses; progress 7.1/actual
                of("≤ survey 7.1 on the line", SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 71, 1000))
                        .is(Status.ACHIEVED, "達成").actual("7.1", "7.1").progress("100.0"),
                of("≤ survey 7.14 rounds to 7.1", SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 714, 10000))
                        .is(Status.ACHIEVED, "達成").actual("7.1", "7.1").progress("100.0"),
                of("≤ survey 7.15 rounds to 7.2", SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 143, 2000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("7.2", "7.1").progress("98.6"),
                of("≤ survey 5.0 well under", SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 50, 1000))
                        .is(Status.ACHIEVED, "達成").actual("5.0", "7.1").progress("142.0"),
                of("≤ survey 0 % is the best outcome, progress 100", SURVEY_AT_MOST, YEAR_END, ratio("2020-03-01", 0, 1000))
                        .is(Status.ACHIEVED, "達成").actual("0.0", "7.1").progress("100.0"),
                of("≤ survey in-year over", SURVEY_AT_MOST, IN_YEAR, ratio("2019-08-31", 72, 1000))
                        .is(Status.BEHIND, "順調でない").actual("7.2", "7.1").progress("98.6"),
                of("≤ survey in-year under", SURVEY_AT_MOST, IN_YEAR, ratio("2019-08-31", 60, 1000))
                        .is(Status.ON_TRACK, "順調").actual("6.0", "7.1").progress("118.3"));
    }

    static Stream<EvaluationCase> administrativeAndBaselines() {
        return Stream.of(
                // 80％以上 at 0 decimals: 159/200 = 79.5 → 80 meets; 1589/2000 = 79.45 → 79 misses
                of("admin 79.5 rounds to 80", ADMINISTRATIVE, YEAR_END, ratio("2020-03-31", 159, 200))
                        .is(Status.ACHIEVED, "達成").actual("80", "80").progress("100.0"),
                of("admin 79.45 rounds to 79", ADMINISTRATIVE, YEAR_END, ratio("2020-03-31", 1589, 2000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("79", "80").progress("98.8"),
                // 充足率 may exceed 100 %: 105/100
                of("admin over-full 105 %", ADMINISTRATIVE, YEAR_END, ratio("2020-03-31", 105, 100))
                        .is(Status.ACHIEVED, "達成").actual("105", "80").progress("131.3"),
                // 30年度（52.1％）以上: 52.05 → 52.1 meets; 52.04 → 52.0 misses
                of("fixed baseline 52.05", FIXED_BASELINE, YEAR_END, ratio("2020-03-01", 5205, 10000))
                        .is(Status.ACHIEVED, "達成").actual("52.1", "52.1").progress("100.0"),
                of("fixed baseline 52.04", FIXED_BASELINE, YEAR_END, ratio("2020-03-01", 5204, 10000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("52.0", "52.1").progress("99.8"),
                // 前年同時期の0.3％増 before last year is measured: actual reported, nothing judged
                of("previous year pending", PREVIOUS_YEAR_POINTS, YEAR_END, ratio("2020-03-31", 503, 1000))
                        .is(Status.BASELINE_PENDING, null).actual("50.3", null),
                of("previous year pending: FY2017 is not the year before", PREVIOUS_YEAR_POINTS, YEAR_END,
                        ratio("2018-03-31", 500, 1000), ratio("2020-03-31", 503, 1000))
                        .is(Status.BASELINE_PENDING, null).actual("50.3", null),
                of("previous year pending, in-year", PREVIOUS_YEAR_POINTS, IN_YEAR, ratio("2019-09-30", 503, 1000))
                        .is(Status.BASELINE_PENDING, null).actual("50.3", null),
                // resolved, POINTS: 50.0 + 0.3 = 50.3
                of("previous year points met", PREVIOUS_YEAR_POINTS, YEAR_END,
                        ratio("2019-03-31", 500, 1000), ratio("2020-03-31", 503, 1000))
                        .is(Status.ACHIEVED, "達成").actual("50.3", "50.3").progress("100.0"),
                of("previous year points missed", PREVIOUS_YEAR_POINTS, YEAR_END,
                        ratio("2019-03-31", 500, 1000), ratio("2020-03-31", 502, 1000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("50.2", "50.3").progress("99.8"),
                // the latest FY2018 figure (50.0, not 48.0) is the baseline: 49.0 < 50.3, though ≥ 48.3
                of("previous year: latest of that year", PREVIOUS_YEAR_POINTS, YEAR_END,
                        ratio("2019-03-31", 500, 1000), ratio("2018-09-30", 480, 1000), ratio("2020-03-31", 490, 1000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("49.0", "50.3").progress("97.4"),
                // 50.04 is published as 50.0, so the threshold is 50.3, not 50.34
                of("previous year baseline taken as published", PREVIOUS_YEAR_POINTS, YEAR_END,
                        ratio("2019-03-31", 5004, 10000), ratio("2020-03-31", 503, 1000))
                        .is(Status.ACHIEVED, "達成").actual("50.3", "50.3").progress("100.0"),
                // resolved, PERCENT_OF_BASELINE: 50.0 × 1.003 = 50.15
                of("previous year relative met", PREVIOUS_YEAR_RELATIVE, YEAR_END,
                        ratio("2019-03-31", 500, 1000), ratio("2020-03-31", 502, 1000))
                        .is(Status.ACHIEVED, "達成").actual("50.2", "50.15").progress("100.1"),
                of("previous year relative missed", PREVIOUS_YEAR_RELATIVE, YEAR_END,
                        ratio("2019-03-31", 500, 1000), ratio("2020-03-31", 501, 1000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("50.1", "50.15").progress("99.9"),
                of("previous year relative in-year", PREVIOUS_YEAR_RELATIVE, IN_YEAR,
                        ratio("2018-09-30", 500, 1000), ratio("2019-09-30", 502, 1000))
                        .is(Status.ON_TRACK, "順調").actual("50.2", "50.15").progress("100.1"));
    }

    static Stream<EvaluationCase> counts() {
        return Stream.of(
                // ５施設 point in time: no pro rata in-year (4 would beat 5 × 5/12)
                of("point count met", FACILITIES, YEAR_END, total("2020-03-31", 5))
                        .is(Status.ACHIEVED, "達成").actual("5", "5").progress("100.0"),
                of("point count missed", FACILITIES, YEAR_END, total("2020-03-31", 4))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("4", "5").progress("80.0"),
                of("point count in-year compares with the threshold", FACILITIES, IN_YEAR, total("2019-08-31", 4))
                        .is(Status.BEHIND, "順調でない").actual("4", "5").progress("80.0"),
                of("point count in-year met", FACILITIES, IN_YEAR, total("2019-08-31", 5))
                        .is(Status.ON_TRACK, "順調").actual("5", "5").progress("100.0"),
                of("point count latest value, not the highest", FACILITIES, YEAR_END,
                        total("2019-06-30", 6), total("2019-09-30", 4))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("4", "5").progress("80.0"),
                // 4,400件 at 31 August: expected 4400 × 5/12 = 1833.33; projected actual × 12/5
                of("延べ 4400 end of August just ahead", CASES_4400, IN_YEAR, total("2019-08-31", 1834))
                        .is(Status.ON_TRACK, "順調").actual("1834", "4400").proRata("1833.3", "4402").progress("41.7"),
                of("延べ 4400 end of August just behind", CASES_4400, IN_YEAR, total("2019-08-31", 1833))
                        .is(Status.BEHIND, "順調でない").actual("1833", "4400").proRata("1833.3", "4399").progress("41.7"),
                // 1200 (31 Jul) + 300 + 400; the 50 of 20 Jul and 99 of 31 Jul are inside the running total
                of("延べ running total plus later increments", CASES_4400, IN_YEAR,
                        increment("2019-07-20", 50), total("2019-07-31", 1200), increment("2019-07-31", 99),
                        increment("2019-08-10", 300), increment("2019-08-31", 400))
                        .is(Status.ON_TRACK, "順調").actual("1900", "4400").proRata("1833.3", "4560").progress("43.2"),
                of("延べ increments only", CASES_4400, IN_YEAR, increment("2019-06-30", 1000), increment("2019-08-31", 800))
                        .is(Status.BEHIND, "順調でない").actual("1800", "4400").proRata("1833.3", "4320").progress("40.9"),
                of("延べ a later running total supersedes an earlier one", CASES_4400, IN_YEAR,
                        total("2019-06-30", 500), total("2019-08-31", 1900))
                        .is(Status.ON_TRACK, "順調").actual("1900", "4400").proRata("1833.3", "4560").progress("43.2"),
                // 15 April: half of the first month, 4400 × 0.5/12 = 183.33
                of("延べ mid-April ahead", CASES_4400, IN_YEAR, increment("2019-04-15", 184))
                        .is(Status.ON_TRACK, "順調").actual("184", "4400").proRata("183.3", "4416").progress("4.2"),
                of("延べ mid-April behind", CASES_4400, IN_YEAR, increment("2019-04-15", 183))
                        .is(Status.BEHIND, "順調でない").actual("183", "4400").proRata("183.3", "4392").progress("4.2"),
                // pro rata at the latest observation (30 Sep, 6/12 → 2200), even if it adds nothing
                of("延べ pro rata at the latest observation", CASES_4400, IN_YEAR,
                        total("2019-08-31", 1834), increment("2019-09-30", 0))
                        .is(Status.BEHIND, "順調でない").actual("1834", "4400").proRata("2200.0", "3668").progress("41.7"),
                of("延べ year-end met", CASES_4400, YEAR_END, total("2020-03-31", 4400))
                        .is(Status.ACHIEVED, "達成").actual("4400", "4400").progress("100.0"),
                of("延べ year-end missed", CASES_4400, YEAR_END, total("2020-02-29", 4000), increment("2020-03-31", 300))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("4300", "4400").progress("97.7"),
                // 延べ30団体・個人: 30 by increments at year end; in-year at 30 Sep expected 15
                of("延べ30 year-end met", GROUPS_30, YEAR_END, increment("2019-06-01", 12), increment("2020-02-01", 18))
                        .is(Status.ACHIEVED, "達成").actual("30", "30").progress("100.0"),
                of("延べ30 year-end missed", GROUPS_30, YEAR_END, increment("2019-06-01", 12), increment("2020-02-01", 17))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("29", "30").progress("96.7"),
                of("延べ30 in-year exactly on pace", GROUPS_30, IN_YEAR, increment("2019-09-30", 15))
                        .is(Status.ON_TRACK, "順調").actual("15", "30").proRata("15.0", "30").progress("50.0"),
                of("延べ30 in-year behind", GROUPS_30, IN_YEAR, increment("2019-09-30", 14))
                        .is(Status.BEHIND, "順調でない").actual("14", "30").proRata("15.0", "28").progress("46.7"),
                // ６件以下 (baseline 7 − 10 %): progress mirrored, 6/actual
                of("≤ count on the line", INCIDENTS, YEAR_END, total("2020-03-31", 6))
                        .is(Status.ACHIEVED, "達成").actual("6", "6").progress("100.0"),
                of("≤ count over", INCIDENTS, YEAR_END, total("2020-03-31", 7))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("7", "6").progress("85.7"),
                of("≤ count half", INCIDENTS, YEAR_END, total("2020-03-31", 3))
                        .is(Status.ACHIEVED, "達成").actual("3", "6").progress("200.0"),
                of("≤ count zero, progress 100", INCIDENTS, YEAR_END, total("2020-03-31", 0))
                        .is(Status.ACHIEVED, "達成").actual("0", "6").progress("100.0"),
                of("≤ count in-year under", INCIDENTS, IN_YEAR, total("2019-08-31", 3))
                        .is(Status.ON_TRACK, "順調").actual("3", "6").progress("200.0"),
                of("≤ count in-year over", INCIDENTS, IN_YEAR, total("2019-08-31", 7))
                        .is(Status.BEHIND, "順調でない").actual("7", "6").progress("85.7"),
                // ≤ 延べ in-year: running figure vs the limit (4 ≤ 6), not vs 6 × 5/12; projected 4 × 12/5 = 9.6
                of("≤ 延べ in-year compares directly", INCIDENTS_CUMULATIVE, IN_YEAR,
                        increment("2019-06-10", 2), increment("2019-08-31", 2))
                        .is(Status.ON_TRACK, "順調").actual("4", "6").proRata(null, "10").progress("150.0"),
                of("≤ 延べ in-year already over", INCIDENTS_CUMULATIVE, IN_YEAR, increment("2019-08-31", 7))
                        .is(Status.BEHIND, "順調でない").actual("7", "6").proRata(null, "17").progress("85.7"));
    }

    static Stream<EvaluationCase> scoresAreasMilestones() {
        return Stream.of(
                // 3.5点以上 on 5
                of("score 3.5", SCORE, YEAR_END, score("2020-01-15", "3.5", 5))
                        .is(Status.ACHIEVED, "達成").actual("3.5", "3.5").progress("100.0"),
                of("score 3.45 rounds up", SCORE, YEAR_END, score("2020-01-15", "3.45", 5))
                        .is(Status.ACHIEVED, "達成").actual("3.5", "3.5").progress("100.0"),
                of("score 3.44 rounds down", SCORE, YEAR_END, score("2020-01-15", "3.44", 5))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("3.4", "3.5").progress("97.1"),
                of("score 3.62", SCORE, YEAR_END, score("2020-01-15", "3.62", 5))
                        .is(Status.ACHIEVED, "達成").actual("3.6", "3.5").progress("102.9"),
                of("score in-year behind", SCORE, IN_YEAR, score("2019-10-15", "3.4", 5))
                        .is(Status.BEHIND, "順調でない").actual("3.4", "3.5").progress("97.1"),
                of("score in-year ahead", SCORE, IN_YEAR, score("2019-10-15", "4.1", 5))
                        .is(Status.ON_TRACK, "順調").actual("4.1", "3.5").progress("117.1"),
                // a 10-point mean is rescaled: 7.2 → 3.6, 6.8 → 3.4
                of("score on a 10 scale met", SCORE, YEAR_END, score("2020-01-15", "7.2", 10))
                        .is(Status.ACHIEVED, "達成").actual("3.6", "3.5").progress("102.9"),
                of("score on a 10 scale missed", SCORE, YEAR_END, score("2020-01-15", "6.8", 10))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("3.4", "3.5").progress("97.1"),
                of("score latest wins", SCORE, YEAR_END, score("2020-01-15", "3.4", 5), score("2019-07-15", "4.0", 5))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("3.4", "3.5").progress("97.1"),
                // 全地域 (11)
                of("全地域 complete across reports", ALL_AREAS, YEAR_END,
                        areas("2019-10-01", "市岡", "磯路", "三先", "八幡屋", "波除", "田中"),
                        areas("2020-02-01", "築港", "南市岡", "港晴", "弁天", "池島"))
                        .is(Status.ACHIEVED, "達成").actual("11", "11").progress("100.0"),
                of("全地域 10 plus an unknown name", ALL_AREAS, YEAR_END,
                        areas("2020-02-01", "市岡", "磯路", "三先", "八幡屋", "波除", "田中", "築港", "南市岡", "港晴", "弁天", "東京"))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("10", "11").progress("90.9"),
                of("全地域 repeated areas count once", ALL_AREAS, YEAR_END,
                        areas("2019-10-01", "市岡", "磯路"), areas("2020-02-01", "市岡", "三先"))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("3", "11").progress("27.3"),
                // in-year at 31 August: 11 × 5/12 = 4.58
                of("全地域 in-year ahead of pace", ALL_AREAS, IN_YEAR, areas("2019-08-31", "市岡", "磯路", "三先", "八幡屋", "波除"))
                        .is(Status.ON_TRACK, "順調").actual("5", "11").proRata("4.6", null).progress("45.5"),
                of("全地域 in-year behind, unknown names ignored", ALL_AREAS, IN_YEAR,
                        areas("2019-08-31", "市岡", "磯路", "三先", "八幡屋", "東京", "大阪"))
                        .is(Status.BEHIND, "順調でない").actual("4", "11").proRata("4.6", null).progress("36.4"),
                // milestones
                of("milestone in-year done", MILESTONE, IN_YEAR, milestone("2019-09-30", DONE)).is(Status.DONE, "順調"),
                of("milestone in-year in progress", MILESTONE, IN_YEAR, milestone("2019-09-30", IN_PROGRESS))
                        .is(Status.IN_PROGRESS, "順調"),
                of("milestone in-year not done", MILESTONE, IN_YEAR, milestone("2019-09-30", NOT_DONE))
                        .is(Status.NOT_DONE, "順調でない"),
                of("milestone year-end done", MILESTONE, YEAR_END, milestone("2020-03-31", DONE)).is(Status.DONE, "達成"),
                of("milestone year-end in progress", MILESTONE, YEAR_END, milestone("2020-03-31", IN_PROGRESS))
                        .is(Status.IN_PROGRESS, "未達成"),
                of("milestone year-end not done", MILESTONE, YEAR_END, milestone("2020-03-31", NOT_DONE))
                        .is(Status.NOT_DONE, "未達成"),
                of("milestone latest state wins", MILESTONE, YEAR_END,
                        milestone("2020-02-01", DONE), milestone("2019-07-01", IN_PROGRESS))
                        .is(Status.DONE, "達成"));
    }

    static Stream<EvaluationCase> noDataAndCorrections() {
        return Stream.of(
                of("no observation", SURVEY_AT_LEAST, YEAR_END).is(Status.NO_DATA, null),
                of("no observation in-year", CASES_4400, IN_YEAR).is(Status.NO_DATA, null),
                of("only another year's observation", SURVEY_AT_LEAST, YEAR_END, ratio("2019-03-01", 412, 1000))
                        .is(Status.NO_DATA, null),
                of("only a later year's observation", FACILITIES, YEAR_END, total("2020-04-30", 9)).is(Status.NO_DATA, null),
                of("前年同時期: last year only is still no data", PREVIOUS_YEAR_POINTS, YEAR_END, ratio("2019-03-31", 500, 1000))
                        .is(Status.NO_DATA, null),
                of("全地域 nothing reported", ALL_AREAS, IN_YEAR).is(Status.NO_DATA, null),
                of("milestone nothing reported", MILESTONE, IN_YEAR).is(Status.NO_DATA, null),
                of("other years do not mix in", SURVEY_AT_LEAST, YEAR_END,
                        ratio("2019-03-31", 900, 1000), ratio("2020-03-01", 382, 1000), ratio("2020-04-01", 900, 1000))
                        .is(Status.NOT_ACHIEVED, "未達成").actual("38.2", "38.3").progress("99.7"),
                // a correction recorded later the same day replaces the figure, whatever the list order
                of("same-day correction recorded later wins", SURVEY_AT_LEAST, YEAR_END,
                        Corrections.corrected(), Corrections.original())
                        .is(Status.NOT_ACHIEVED, "未達成").actual("38.2", "38.3").progress("99.7"));
    }

    /** Two figures of the same day: 41.2 recorded at 10:00, corrected to 38.2 at 11:00. */
    static final class Corrections {
        private static final LocalDate DAY = LocalDate.parse("2020-03-01");

        static Observation original() {
            return observation(UUID.fromString("00000000-0000-0000-0000-00000000000b"), DAY,
                    Instant.parse("2020-03-01T10:00:00Z"), new Reading.Ratio(412, 1000));
        }

        static Observation corrected() {
            // The smaller id: a tie broken by id instead of recordedAt would pick the original.
            return observation(UUID.fromString("00000000-0000-0000-0000-00000000000a"), DAY,
                    Instant.parse("2020-03-01T11:00:00Z"), new Reading.Ratio(382, 1000));
        }
    }
}
