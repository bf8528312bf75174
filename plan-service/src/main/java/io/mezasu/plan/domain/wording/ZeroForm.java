package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zero in words (ゼロ): "待機児童ゼロ", "ゼロを維持", "重大事故ゼロの継続". At most zero of what the indicator
 * counts (…数 → its counter word); when the indicator names no count the unit is unknown and it is refused.
 */
final class ZeroForm implements WordingForm {

    private static final Pattern FORM = Pattern.compile("^[^0-9]{0,12}?(?:ゼロ|零)(?:件|人)?"
            + "(?:を維持|の維持|を継続|の継続|を達成|の達成|をめざす|を目指す)?$");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher m = FORM.matcher(target.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        IndicatorMeasure measure = IndicatorMeasure.of(indicator).filter(i -> i.kind() == MeasureKind.COUNT)
                .orElseThrow(() -> new AmbiguousWording("zero-without-count", "text", target.original(),
                        "indicator", indicator.original()));
        RuleDraft rule = RuleDraft.of(MeasureKind.COUNT).threshold(BigDecimal.ZERO);
        rule.direction = Direction.AT_MOST;
        rule.directionStated = false;
        rule.unit = target.contains("ゼロ件") ? "件" : target.contains("ゼロ人") ? "人" : measure.unit();
        rule.cumulative = indicator.contains("延べ");
        notes.add("ゼロ read as at most 0" + rule.unit);
        return Optional.of(rule);
    }
}
