package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mean score (点数) on a stated scale: "3.5点以上" with "（５点満点）" in the indicator or the target,
 * "5点満点中3.5点以上", or "5段階評価で4.0点以上". Without a scale the score cannot be judged, so it is refused.
 */
final class ScoreForm implements WordingForm {

    private static final String SCALE_WORDS = "(" + Figure.PATTERN + ")(?:点満点|段階)";
    private static final Pattern FORM = Pattern.compile("^(?:.*?" + SCALE_WORDS + "[^0-9]*?)?(?:平均)?(" + Figure.PATTERN
            + ")点" + Bound.PATTERN + "?(?:\\((" + Figure.PATTERN + ")(?:点満点|段階評価|段階)中?\\))?$");
    private static final Pattern SCALE = Pattern.compile(SCALE_WORDS);

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher m = FORM.matcher(target.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        Figure figure = Figure.parse(m.group(2));
        Bound bound = Bound.of(m.group(3)).orElseThrow(() -> new AmbiguousWording("score-bound-missing",
                "text", target.original()));
        String stated = m.group(1) != null ? m.group(1) : m.group(4);
        Integer scale = stated != null ? Integer.valueOf(Figure.parse(stated).value().intValueExact())
                : scaleIn(indicator);
        if (scale == null) {
            throw new AmbiguousWording("scale-missing", "text", target.original());
        }
        if (figure.value().compareTo(java.math.BigDecimal.valueOf(scale)) > 0) {
            throw new AmbiguousWording("above-scale", "text", target.original(), "scale", scale);
        }
        RuleDraft rule = RuleDraft.of(MeasureKind.SCORE).bound(bound).threshold(figure.value());
        rule.unit = "点";
        rule.scale = scale;
        if (bound.strict()) {
            notes.add(bound.word() + " excludes " + figure.value().toPlainString() + "点 itself (strict: true)");
        }
        return Optional.of(rule);
    }

    private static Integer scaleIn(Wording indicator) {
        Matcher m = SCALE.matcher(indicator.text());
        return m.find() ? Figure.parse(m.group(1)).value().intValueExact() : null;
    }
}
