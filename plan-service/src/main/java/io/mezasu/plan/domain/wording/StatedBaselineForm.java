package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.Baseline;
import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target relative to a figure the plan states (基準値): "30 年度（52.1％）以上", "前年度実績（1,234件）以上"
 * (FIXED: the figure is the threshold), and "29 年度件数（７件）の 10％減の６件以下" or "…の10％削減"
 * (FIXED_ADJUSTED: base × (1 ± p %), rounded to the stated or a whole figure).
 */
final class StatedBaselineForm implements WordingForm {

    private static final String YEAR = "(前年度|昨年度|(?:(平成|令和|H|R))?([0-9]{1,4}|元)年度)";
    private static final String WHAT = "(?:の?(?:数値|実績値|実績|件数|人数|回数|値|水準|割合|平均))?";
    private static final String STATED = "\\((" + Figure.PATTERN + ")(%|[^()0-9]{1,6})\\)";
    private static final Pattern HEAD = Pattern.compile("^" + YEAR + WHAT + STATED);
    private static final Pattern FIXED = Pattern.compile("^" + Bound.PATTERN + "$");
    private static final Pattern ADJUSTED = Pattern.compile("^の?(" + Figure.PATTERN
            + ")%(減|削減|減少|縮減|増|増加)(?:の(" + Figure.PATTERN + ")(%|[^0-9]{1,6}?)" + Bound.PATTERN + ")?$");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher head = HEAD.matcher(target.text());
        if (!head.find()) {
            return Optional.empty();
        }
        Integer year = year(head, notes);
        Figure base = Figure.parse(head.group(4));
        String unit = unit(head.group(5), target);
        String rest = target.text().substring(head.end());
        String text = target.originalOf(0, head.end());
        RuleDraft rule = RuleDraft.of(kind(unit));
        rule.unit = unit;
        rule.cumulative = rule.kind == MeasureKind.COUNT && (target.contains("延べ") || indicator.contains("延べ"));
        if (rule.kind == MeasureKind.SCORE) {
            throw new AmbiguousWording("score-against-year", "text", target.original());
        }
        Matcher fixed = FIXED.matcher(rest);
        if (fixed.matches()) {
            Bound bound = Bound.of(fixed.group(1)).orElseThrow();
            rule.bound(bound).threshold(base.value());
            rule.baseline = new Baseline(Baseline.Type.FIXED, year, base.value(), null, null, null, null, null, null,
                    text);
            if (bound == Bound.MAINTAIN) {
                notes.add("を維持 read as 以上 the stated figure");
            }
            return Optional.of(rule);
        }
        Matcher adjusted = ADJUSTED.matcher(rest);
        if (!adjusted.matches()) {
            throw new AmbiguousWording("base-without-change", "text", target.original(), "base", head.group(4) + unit,
                    "unit", unit);
        }
        BigDecimal change = Figure.parse(adjusted.group(1)).value();
        boolean down = !adjusted.group(2).startsWith("増");
        BigDecimal changePercent = down ? change.negate() : change;
        BigDecimal derived = base.value().multiply(BigDecimal.ONE.add(changePercent.movePointLeft(2)));
        Direction direction = down ? Direction.AT_MOST : Direction.AT_LEAST;
        String baselineText = target.originalOf(0, head.end() + adjusted.end(2));
        if (adjusted.group(3) != null) {
            Bound bound = Bound.of(adjusted.group(5)).orElseThrow();
            if (bound.strict() || bound == Bound.MAINTAIN || bound.direction() != direction) {
                throw new AmbiguousWording("change-bound-mismatch", "text", target.original(), "change",
                        adjusted.group(2), "bound", down ? "以下" : "以上");
            }
            Figure stated = Figure.parse(adjusted.group(3));
            Baseline.Rounding rounding = roundingTo(derived, stated, direction).orElseThrow(() -> new AmbiguousWording(
                    "does-not-round", "text", target.original(), "formula", base.value().toPlainString() + " × (1 "
                            + (down ? "−" : "+") + " " + change.toPlainString() + " %) = "
                            + derived.stripTrailingZeros().toPlainString(), "stated", stated.value().toPlainString()));
            rule.direction = direction;
            rule.directionStated = true;
            rule.threshold(stated.value());
            rule.baseline = new Baseline(Baseline.Type.FIXED_ADJUSTED, year, base.value(), changePercent,
                    derived.stripTrailingZeros(), rounding, null, null, null, baselineText);
            return Optional.of(rule);
        }
        // No stated result: round towards the safe side (a ceiling down, a floor up) at the base's precision.
        Baseline.Rounding rounding = down ? Baseline.Rounding.FLOOR : Baseline.Rounding.CEILING;
        BigDecimal threshold = derived.setScale(base.decimals(), rounding.mode());
        notes.add(base.value().toPlainString() + " × (1 " + (down ? "−" : "+") + " " + change.toPlainString() + " %) = "
                + derived.stripTrailingZeros().toPlainString() + ", rounded " + rounding + " to "
                + threshold.toPlainString() + unit + (down ? "以下" : "以上"));
        rule.direction = direction;
        rule.directionStated = false;
        rule.threshold(threshold);
        rule.baseline = new Baseline(Baseline.Type.FIXED_ADJUSTED, year, base.value(), changePercent,
                derived.stripTrailingZeros(), rounding, null, null, null, baselineText);
        return Optional.of(rule);
    }

    private static Integer year(Matcher head, List<String> notes) {
        if (head.group(3) == null) {
            notes.add(head.group(1) + " is the year before the plan's: baseline fiscalYear left empty");
            return null;
        }
        return EraYear.gregorian(head.group(2), head.group(3), notes).orElse(null);
    }

    private static String unit(String written, Wording target) {
        if (written.equals("%")) {
            return "％";
        }
        if (written.equals("点") || CounterWord.accepts(written)) {
            return written;
        }
        throw new AmbiguousWording("unknown-unit", "text", target.original(), "unit", written);
    }

    private static MeasureKind kind(String unit) {
        return switch (unit) {
            case "％" -> MeasureKind.PERCENT;
            case "点" -> MeasureKind.SCORE;
            default -> MeasureKind.COUNT;
        };
    }

    /**
     * The rounding that turns {@code derived} into the stated figure: the safe side first, then half-up.
     * Never the lenient side: "6.3 → 7件以下" would undo the reduction the wording promises.
     */
    private static Optional<Baseline.Rounding> roundingTo(BigDecimal derived, Figure stated, Direction direction) {
        List<Baseline.Rounding> order = direction == Direction.AT_MOST
                ? List.of(Baseline.Rounding.FLOOR, Baseline.Rounding.HALF_UP)
                : List.of(Baseline.Rounding.CEILING, Baseline.Rounding.HALF_UP);
        return order.stream()
                .filter(r -> derived.setScale(stated.decimals(), r.mode()).compareTo(stated.value()) == 0)
                .findFirst();
    }

}
