package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate (割合): "55.0％以上", "７割以上", "5％未満", "80％を維持", optionally after a label that names
 * the rate ("満足度80％以上") and before "の達成". ７割 is 70 ％ with 0 decimals; 7.5割 is 75.
 */
final class PercentForm implements WordingForm {

    private static final Pattern FORM = Pattern.compile("^(?:[^0-9]*(?:率|割合|度)(?:を|が|は|:)?)?("
            + Figure.PATTERN + ")(%|割)" + Bound.PATTERN + "?(?:を達成|の達成|をめざす|を目指す|を維持|の維持|を継続)?$");

    private static boolean isAllOrNothing(Figure figure) {
        return figure.value().signum() == 0 || figure.value().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher m = FORM.matcher(target.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        Figure figure = Figure.parse(m.group(1));
        if (m.group(3) == null && m.group(2).equals("%") && isAllOrNothing(figure)) {
            // 100 ％ cannot be exceeded and 0 ％ cannot be undercut: the direction is not in doubt.
            boolean all = figure.value().signum() > 0;
            RuleDraft rule = RuleDraft.of(MeasureKind.PERCENT).threshold(figure.value());
            rule.direction = all ? Direction.AT_LEAST : Direction.AT_MOST;
            rule.directionStated = false;
            rule.unit = "％";
            notes.add(figure.value().toPlainString() + "％ without 以上/以下 read as " + (all ? "100％ (all)" : "0％ (none)"));
            return Optional.of(rule);
        }
        Bound bound = Bound.of(m.group(3)).orElseThrow(() -> new AmbiguousWording("percent-bound-missing",
                "text", target.original()));
        BigDecimal value = figure.value();
        if (m.group(2).equals("割")) {
            // 割 is tenths: ７割 = 70 ％, stated to whole percent; 7.5割 = 75 ％.
            value = value.multiply(BigDecimal.TEN).setScale(Math.max(value.scale() - 1, 0));
        }
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new AmbiguousWording("above-hundred", "text", target.original());
        }
        RuleDraft rule = RuleDraft.of(MeasureKind.PERCENT).bound(bound).threshold(value);
        rule.unit = "％";
        if (bound == Bound.MAINTAIN) {
            notes.add("を維持 read as 以上: hold at least " + value.toPlainString() + " ％");
        }
        if (bound.strict()) {
            notes.add(bound.word() + " excludes " + value.toPlainString() + " ％ itself (strict: true)");
        }
        return Optional.of(rule);
    }
}
