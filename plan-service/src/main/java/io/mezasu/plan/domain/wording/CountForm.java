package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count with its counter word (件数・人数…): "15 件以上", "延べ30団体・個人以上", "５施設", "年3回以上開催",
 * "0件". Without 以上/以下 a count is a number to reach (AT_LEAST, not stated), except zero, which can
 * only mean "none at all" (AT_MOST 0). Counts are whole, so 未満 / 超 become the neighbouring whole
 * number (10件未満 = 9件以下), which the evaluator already judges exactly.
 */
final class CountForm implements WordingForm {

    private static final Pattern FORM = Pattern.compile("^(?:毎年度|毎年|年間|年度内|年度中|年度内に|年)?(延べ)?(" + Figure.PATTERN
            + ")(万|千)?([^0-9]+?)" + Bound.PATTERN + "?(\\(延べ\\))?(?:の|を)?(?:開催|実施|達成|設置|開設|参加|登録|利用|創出|受講|受診|参画|派遣|発行|確保|支援|相談|配布|認定|指定|維持|継続)?$");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher m = FORM.matcher(target.text());
        if (!m.matches() || !CounterWord.accepts(m.group(4))) {
            return Optional.empty();
        }
        Figure figure = Figure.parse(m.group(2));
        if (m.group(3) != null) {
            // 1.5万人 = 15,000人: the multiplier is part of the figure, not of the counter word.
            figure = new Figure(figure.value().multiply(m.group(3).equals("万") ? BigDecimal.valueOf(10_000)
                    : BigDecimal.valueOf(1_000)).setScale(0, java.math.RoundingMode.UNNECESSARY));
        }
        String unit = m.group(4);
        if (!figure.isWhole()) {
            throw new AmbiguousWording("count-not-whole", "text", target.original(), "unit", unit,
                    "figure", m.group(2));
        }
        if (!CounterWord.known(unit)) {
            notes.add("counter word (助数詞) '" + unit + "' read from the wording");
        }
        RuleDraft rule = RuleDraft.of(MeasureKind.COUNT);
        rule.unit = unit;
        rule.cumulative = m.group(1) != null || m.group(6) != null || target.contains("延べ")
                || indicator.contains("延べ");
        BigDecimal value = figure.value();
        Optional<Bound> stated = Bound.of(m.group(5));
        if (stated.isEmpty()) {
            if (value.signum() == 0) {
                notes.add("0" + unit + " read as 'at most zero' (0" + unit + "以下)");
                rule.direction = Direction.AT_MOST;
            } else {
                notes.add("no 以上/以下: read as at least " + value.toPlainString() + unit);
                rule.direction = Direction.AT_LEAST;
            }
            rule.directionStated = false;
            return Optional.of(rule.threshold(value));
        }
        Bound bound = stated.get();
        if (value.signum() == 0 && bound.direction() == Direction.AT_LEAST && bound != Bound.MAINTAIN) {
            throw new AmbiguousWording("met-by-nothing", "text", target.original());
        }
        rule.direction = bound.direction();
        rule.directionStated = bound.stated();
        if (bound == Bound.MAINTAIN) {
            Direction keep = value.signum() == 0 ? Direction.AT_MOST : Direction.AT_LEAST;
            rule.direction = keep;
            notes.add("を維持 read as " + (keep == Direction.AT_MOST ? "以下 (stay at zero)" : "以上 (hold the level)"));
        } else if (bound.strict()) {
            // Whole counts: 10件未満 is exactly 9件以下, and 10件超 is 11件以上.
            value = bound.direction() == Direction.AT_MOST ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE);
            if (value.signum() < 0) {
                throw new AmbiguousWording("never-met", "text", target.original());
            }
            notes.add(m.group(2) + unit + bound.word() + " read as " + value.toPlainString() + unit
                    + (bound.direction() == Direction.AT_MOST ? "以下" : "以上") + " (counts are whole)");
        }
        return Optional.of(rule.threshold(value));
    }
}
