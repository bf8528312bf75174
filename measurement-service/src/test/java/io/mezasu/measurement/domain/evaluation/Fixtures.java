package io.mezasu.measurement.domain.evaluation;

import io.mezasu.measurement.domain.evaluation.BaselineSpec.IncrementUnit;
import io.mezasu.measurement.domain.evaluation.Reading.CountMode;
import io.mezasu.measurement.domain.evaluation.Reading.MilestoneState;
import io.mezasu.measurement.domain.evaluation.TargetSpec.PercentBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The seed plan's target forms (minato-fy2019) and terse observation builders. */
final class Fixtures {

    static final FiscalPeriod FY2019 = FiscalPeriod.of(2019);
    static final List<String> MINATO_AREAS =
            List.of("市岡", "磯路", "三先", "八幡屋", "波除", "田中", "築港", "南市岡", "港晴", "弁天", "池島");

    /** 38.3％以上 (36 survey ratios have this form). */
    static final TargetSpec SURVEY_AT_LEAST = percent("1-1-1-1", Direction.AT_LEAST, "38.3", 1, PercentBasis.SURVEY, null);
    /** 7.1％以下. */
    static final TargetSpec SURVEY_AT_MOST = percent("2-4-1-1", Direction.AT_MOST, "7.1", 1, PercentBasis.SURVEY, null);
    /** 80％以上, 受診者数 / 定員. */
    static final TargetSpec ADMINISTRATIVE = percent("3-4-2-1", Direction.AT_LEAST, "80", 0, PercentBasis.ADMINISTRATIVE, null);
    /** 30年度（52.1％）以上. */
    static final TargetSpec FIXED_BASELINE = percent("2-2-1-1", Direction.AT_LEAST, "52.1", 1, PercentBasis.SURVEY,
            BaselineSpec.fixed(new BigDecimal("52.1")));
    /** 前年同時期の0.3％増, percentage points. */
    static final TargetSpec PREVIOUS_YEAR_POINTS = percent("3-4-2-2", Direction.AT_LEAST, null, 1,
            PercentBasis.ADMINISTRATIVE, BaselineSpec.previousYearSamePeriod(new BigDecimal("0.3"), IncrementUnit.POINTS));
    /** 前年同時期の0.3％増, read as a relative increase. */
    static final TargetSpec PREVIOUS_YEAR_RELATIVE = percent("3-4-2-2", Direction.AT_LEAST, null, 1,
            PercentBasis.ADMINISTRATIVE,
            BaselineSpec.previousYearSamePeriod(new BigDecimal("0.3"), IncrementUnit.PERCENT_OF_BASELINE));
    /** ５施設, at a point in time. */
    static final TargetSpec FACILITIES = count("2-1-4-1", Direction.AT_LEAST, "5", false, "施設", null);
    /** 4,400件以上 over the year. */
    static final TargetSpec CASES_4400 = count("3-1-2-1", Direction.AT_LEAST, "4400", true, "件", null);
    /** 延べ30団体・個人以上. */
    static final TargetSpec GROUPS_30 = count("1-1-6-1", Direction.AT_LEAST, "30", true, "団体・個人", null);
    /** 29年度件数（７件）の10％減の６件以下. */
    static final TargetSpec INCIDENTS = count("6-4-3-1", Direction.AT_MOST, "6", false, "件",
            BaselineSpec.fixedAdjusted(new BigDecimal("7")));
    /** Not in the seed: the same limit counted 延べ, to pin the in-year rule for ≤ cumulative counts. */
    static final TargetSpec INCIDENTS_CUMULATIVE = count("6-4-3-1", Direction.AT_MOST, "6", true, "件", null);
    /** 3.5点以上 (5点満点). */
    static final TargetSpec SCORE = new TargetSpec("minato-fy2019", "6-4-1-2", MeasureKind.SCORE, Direction.AT_LEAST,
            new BigDecimal("3.5"), 1, "点", null, false, 5, null, null, null);
    /** 全地域. */
    static final TargetSpec ALL_AREAS = new TargetSpec("minato-fy2019", "2-1-1-1", MeasureKind.AREA_COVERAGE,
            Direction.AT_LEAST, null, null, "地域", null, false, null, null, MINATO_AREAS, null);
    /** 避難対策（暫定案）を策定. */
    static final TargetSpec MILESTONE = new TargetSpec("minato-fy2019", "2-1-6-1", MeasureKind.MILESTONE, null, null,
            null, null, null, false, null, null, null,
            new TargetSpec.Milestone("津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定", null));

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Fixtures() {
    }

    static TargetSpec percent(String code, Direction direction, String threshold, int decimals, PercentBasis basis,
            BaselineSpec baseline) {
        return new TargetSpec("minato-fy2019", code, MeasureKind.PERCENT, direction,
                threshold == null ? null : new BigDecimal(threshold), decimals, "％", basis, false, null, baseline,
                null, null);
    }

    static TargetSpec count(String code, Direction direction, String threshold, boolean cumulative, String unit,
            BaselineSpec baseline) {
        return new TargetSpec("minato-fy2019", code, MeasureKind.COUNT, direction, new BigDecimal(threshold), 0, unit,
                null, cumulative, null, baseline, null, null);
    }

    /** An observation whose fiscal year follows from its date (April–March), recorded at noon UTC that day. */
    static Observation observation(String observedOn, Reading reading) {
        LocalDate day = LocalDate.parse(observedOn);
        return observation(UUID.nameUUIDFromBytes(("obs-" + SEQUENCE.incrementAndGet()).getBytes()), day,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), reading);
    }

    static Observation observation(UUID id, LocalDate day, Instant recordedAt, Reading reading) {
        int fiscalYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new Observation(id, fiscalYear, day, recordedAt, reading);
    }

    static Observation ratio(String on, long numerator, long denominator) {
        return observation(on, new Reading.Ratio(numerator, denominator));
    }

    static Observation total(String on, long value) {
        return observation(on, new Reading.Count(BigDecimal.valueOf(value), CountMode.RUNNING_TOTAL));
    }

    static Observation increment(String on, long value) {
        return observation(on, new Reading.Count(BigDecimal.valueOf(value), CountMode.INCREMENT));
    }

    static Observation score(String on, String mean, int scale) {
        return observation(on, new Reading.Score(new BigDecimal(mean), 40, scale));
    }

    static Observation areas(String on, String... names) {
        return observation(on, new Reading.Areas(Set.of(names)));
    }

    static Observation milestone(String on, MilestoneState state) {
        return observation(on, new Reading.Milestone(state));
    }
}
