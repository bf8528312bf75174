package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.Baseline;
import io.mezasu.plan.domain.Baseline.IncrementUnit;
import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target relative to last year's figure, not yet known when the plan is written (前年度比): "前年同時期の
 * 0.3％増", "前年度比2ポイント増", "前年度比10％削減", "前年度以上", "前年度を上回る", "現状を維持". The rule
 * carries a pending baseline and no threshold; the evaluator resolves it once last year is measured.
 * 前年同時期 / 前年度同期 is PREVIOUS_YEAR_SAME_PERIOD, with the day of the period the indicator states
 * (（３月末現在） → 31 March) where it states one; every other form (前年度, 昨年度, 前年, 現状) is PREVIOUS_YEAR,
 * the previous fiscal year's final figure.
 *
 * <p>What ％ means depends on the indicator: on a rate (割合, 率) "0.3％増" is percentage points (as the
 * Minato plan uses it), on a count it is a relative change; an indicator that names neither is refused.
 */
final class PreviousYearForm implements WordingForm {

    private static final String LAST_YEAR = "(?:対)?(前年同時期|前年度同期|前年度|昨年度|前年|現状|現在)";
    private static final Pattern CHANGE = Pattern.compile("^" + LAST_YEAR
            + "(?:比|と比べて|に比べて|と比較して|から|より|の)?(?:実績)?(?:の)?(?:から)?(" + Figure.PATTERN
            + ")(%|ポイント|pt|[^0-9%]{1,6}?)(?:以上)?の?(増|増加|上昇|向上|アップ|減|減少|低下|削減|縮減|ダウン|改善)$");
    private static final Pattern LEVEL = Pattern.compile("^" + LAST_YEAR
            + "(?:の)?(?:実績値|実績|数値|値|水準|件数|人数|割合|並み)?" + Bound.PATTERN + "$");
    /** "前年度比増": above last year without a figure, i.e. 前年度を上回る. */
    private static final Pattern DIRECTION_ONLY = Pattern.compile("^" + LAST_YEAR
            + "(?:比|と比べて|に比べて|より)(増|増加|上昇|向上|減|減少|低下|削減)$");
    private static final Pattern PERIOD = Pattern.compile("\\(([^()]*(?:現在|時点|末))\\)");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher change = CHANGE.matcher(target.text());
        if (change.matches()) {
            return Optional.of(change(change, target, indicator, notes));
        }
        Matcher level = LEVEL.matcher(target.text());
        if (level.matches()) {
            return Optional.of(level(level, target, indicator, notes));
        }
        Matcher direction = DIRECTION_ONLY.matcher(target.text());
        if (direction.matches()) {
            boolean up = direction.group(2).startsWith("増") || direction.group(2).equals("上昇")
                    || direction.group(2).equals("向上");
            IndicatorMeasure measure = measure(target, indicator);
            notes.add(direction.group(2) + " without a figure read as " + (up ? "上回る" : "下回る")
                    + " last year's figure (strict)");
            RuleDraft rule = pending(measure.kind(), up ? Direction.AT_LEAST : Direction.AT_MOST, false,
                    BigDecimal.ZERO, measure.kind() == MeasureKind.COUNT ? IncrementUnit.PERCENT_OF_BASELINE
                            : IncrementUnit.POINTS, measure.kind() == MeasureKind.COUNT ? 0 : 1,
                    direction.group(1), target, indicator, notes);
            rule.strict = Boolean.TRUE;
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private RuleDraft change(Matcher m, Wording target, Wording indicator, List<String> notes) {
        String verb = m.group(4);
        if (verb.equals("改善")) {
            throw new AmbiguousWording("improve-without-direction", "text", target.original());
        }
        boolean up = verb.startsWith("増") || verb.equals("上昇") || verb.equals("向上") || verb.equals("アップ");
        Figure figure = Figure.parse(m.group(2));
        String written = m.group(3);
        MeasureKind kind = measure(target, indicator).kind();
        IncrementUnit unit;
        if (written.equals("ポイント") || written.equals("pt")) {
            if (kind != MeasureKind.PERCENT) {
                throw new AmbiguousWording("points-not-rate", "text", target.original());
            }
            unit = IncrementUnit.POINTS;
        } else if (written.equals("%")) {
            unit = kind == MeasureKind.PERCENT ? IncrementUnit.POINTS : IncrementUnit.PERCENT_OF_BASELINE;
            notes.add(kind == MeasureKind.PERCENT
                    ? "％ on a rate read as percentage points (50.0％ → 50.0 + " + figure.value().toPlainString() + ")"
                    : "％ on a count read as a change relative to last year's figure");
        } else if (kind == MeasureKind.COUNT && CounterWord.accepts(written)) {
            unit = IncrementUnit.POINTS;
            notes.add(figure.value().toPlainString() + written + " is added to last year's count (POINTS)");
        } else {
            throw new AmbiguousWording("unknown-change-unit", "text", target.original(), "unit", written);
        }
        BigDecimal increment = up ? figure.value() : figure.value().negate();
        return pending(kind, up ? Direction.AT_LEAST : Direction.AT_MOST, false, increment, unit,
                kind == MeasureKind.COUNT ? 0 : figure.decimals(), m.group(1), target, indicator, notes);
    }

    private RuleDraft level(Matcher m, Wording target, Wording indicator, List<String> notes) {
        Bound bound = Bound.of(m.group(2)).orElseThrow();
        IndicatorMeasure measure = measure(target, indicator);
        // Precision is not in the wording; rates of the ward surveys are published to 0.1 ％.
        int decimals = measure.kind() == MeasureKind.COUNT ? 0 : 1;
        notes.add("last year's figure is the threshold (increment 0); precision " + decimals
                + " decimal(s) assumed, as the wording states none");
        if (bound == Bound.MAINTAIN) {
            notes.add("を維持 read as 以上 last year's figure");
        }
        RuleDraft rule = pending(measure.kind(), bound.direction(), bound.stated(), BigDecimal.ZERO,
                measure.kind() == MeasureKind.COUNT ? IncrementUnit.PERCENT_OF_BASELINE : IncrementUnit.POINTS,
                decimals, m.group(1), target, indicator, notes);
        rule.strict = bound.strict() ? Boolean.TRUE : null;
        return rule;
    }

    private static IndicatorMeasure measure(Wording target, Wording indicator) {
        IndicatorMeasure measure = IndicatorMeasure.of(indicator).orElseThrow(() -> new AmbiguousWording(
                "previous-year-unmeasured", "text", target.original(), "indicator", indicator.original()));
        if (measure.kind() == MeasureKind.SCORE) {
            throw new AmbiguousWording("score-relative", "text", target.original());
        }
        return measure;
    }

    private static RuleDraft pending(MeasureKind kind, Direction direction, boolean stated, BigDecimal increment,
            IncrementUnit unit, int decimals, String lastYear, Wording target, Wording indicator, List<String> notes) {
        RuleDraft rule = RuleDraft.of(kind);
        rule.direction = direction;
        rule.directionStated = stated;
        rule.decimals = decimals;
        rule.unit = kind == MeasureKind.PERCENT ? "％" : IndicatorMeasure.of(indicator).orElseThrow().unit();
        rule.cumulative = kind == MeasureKind.COUNT && (target.contains("延べ") || indicator.contains("延べ"));
        Matcher period = PERIOD.matcher(indicator.text());
        String periodText = period.find() ? indicator.originalOf(period.start(1), period.end(1)) : lastYear;
        if (lastYear.equals("現状") || lastYear.equals("現在")) {
            notes.add(lastYear + " read as last year's figure");
        }
        boolean samePeriod = lastYear.equals("前年同時期") || lastYear.equals("前年度同期");
        rule.baseline = new Baseline(samePeriod ? Baseline.Type.PREVIOUS_YEAR_SAME_PERIOD : Baseline.Type.PREVIOUS_YEAR,
                null, null, null, null, null, increment, unit, periodText, target.original().strip(),
                samePeriod && period.find(0) ? Baseline.periodDayOf(period.group(1)).orElse(null) : null);
        return rule;
    }
}
