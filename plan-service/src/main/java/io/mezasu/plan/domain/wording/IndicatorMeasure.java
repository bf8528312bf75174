package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the indicator (指標) measures, for wordings that state no unit of their own ("前年度以上",
 * "前年度比5％増"): a rate (割合, 率, 認知度), a score (点数) or a count whose counter word is the one
 * before 数 (件数 → 件, 参加者数 → 人, 世帯数 → 世帯).
 */
record IndicatorMeasure(MeasureKind kind, String unit) {

    private static final Pattern RATE = Pattern.compile("(割合|率|認知度|満足度|理解度|参加度|比率)(\\(.*\\))?$");
    private static final Pattern SCORE = Pattern.compile("(点数|得点|スコア)(\\(.*\\))?$");
    private static final Pattern COUNT = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー・か]{1,5})数(\\(.*\\))?$");

    private static final Pattern PEOPLE = Pattern.compile("(者|人|児童|生徒|児|員|区民|市民|住民)$");

    static Optional<IndicatorMeasure> of(Wording indicator) {
        String text = indicator.text();
        if (RATE.matcher(text).find()) {
            return Optional.of(new IndicatorMeasure(MeasureKind.PERCENT, "％"));
        }
        if (SCORE.matcher(text).find()) {
            return Optional.of(new IndicatorMeasure(MeasureKind.SCORE, "点"));
        }
        Matcher m = COUNT.matcher(text);
        if (m.find()) {
            return counterBefore(m.group(1)).map(unit -> new IndicatorMeasure(MeasureKind.COUNT, unit));
        }
        return Optional.empty();
    }

    /** The counter word a "…数" names: the longest known counter at the end, or a person for 者数. */
    private static Optional<String> counterBefore(String words) {
        // People are counted in 人 whatever the plan calls them (参加者, 待機児童, 区民, 職員 …).
        if (PEOPLE.matcher(words).find()) {
            return Optional.of("人");
        }
        if (words.endsWith("学校")) {
            return Optional.of("校");
        }
        return CounterWord.KNOWN.stream().filter(words::endsWith)
                .max(java.util.Comparator.comparingInt(String::length));
    }
}
