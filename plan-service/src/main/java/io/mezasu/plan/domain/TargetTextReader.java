package io.mezasu.plan.domain;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target's Japanese wording (業績目標) into the facts a typed rule must agree with: kind,
 * direction, threshold and its precision, counter word, 延べ, scale and baseline form. The validator
 * compares a submitted rule with this reading, so a rule can never silently contradict its own text.
 * Wording it cannot read is reported as ambiguous rather than guessed.
 */
public final class TargetTextReader {

    /** What the wording says. Null fields are facts the wording does not state. */
    public record Reading(
            MeasureKind kind,
            Direction direction,
            boolean directionStated,
            BigDecimal threshold,
            Integer decimals,
            String unit,
            boolean cumulative,
            Integer scale,
            Baseline.Type baseline,
            BigDecimal baselineValue,
            String milestoneAction) {
    }

    private static final String NUM = "([0-9][0-9,]*(?:\\.[0-9]+)?)";
    private static final String COUNTERS = "(団体・個人|施設|箇所|か所|校|品|件)";
    private static final Pattern PERCENT = Pattern.compile("^" + NUM + "%(以上|以下)$");
    private static final Pattern WARI = Pattern.compile("^" + NUM + "割(以上|以下)$");
    private static final Pattern COUNT = Pattern.compile("^(延べ)?" + NUM + COUNTERS + "(以上|以下)?$");
    private static final Pattern SCORE = Pattern.compile("^" + NUM + "点(以上|以下)$");
    private static final Pattern FIXED = Pattern.compile("^([0-9]+)年度(?:の数値)?\\(" + NUM + "%\\)(以上|以下)$");
    private static final Pattern ADJUSTED = Pattern.compile(
            "^([0-9]+)年度件数\\(" + NUM + "件\\)の" + NUM + "%(減|増)の" + NUM + "件(以上|以下)$");
    private static final Pattern PREVIOUS = Pattern.compile("^前年同時期の" + NUM + "%(増|減)$");
    private static final Pattern SCALE = Pattern.compile("\\(([0-9]+)点満点\\)");
    /** 「平成 30年度を基準として改善している」 in an indicator: each counted item against its own figure. */
    private static final Pattern ITEM_BASELINE = Pattern.compile("(平成|令和)([0-9]+)年度を基準として改善");
    private static final List<String> ACTIONS = List.of("策定", "実施", "把握", "促進", "開催", "設置", "検討");

    private TargetTextReader() {
    }

    /** Reads {@code targetText}; the indicator supplies 延べ and 点満点 when the plan writes them there. */
    public static Optional<Reading> read(String indicator, String targetText) {
        String text = normalize(targetText);
        String context = normalize(indicator == null ? "" : indicator);
        boolean cumulative = text.contains("延べ") || context.contains("延べ");
        Matcher m;
        if ((m = PERCENT.matcher(text)).matches()) {
            return Optional.of(ratio(m.group(1), m.group(2), null, null));
        }
        if ((m = WARI.matcher(text)).matches()) {
            BigDecimal tenths = number(m.group(1));
            return Optional.of(new Reading(MeasureKind.PERCENT, direction(m.group(2)), true,
                    tenths.multiply(BigDecimal.TEN).setScale(Math.max(tenths.scale() - 1, 0)),
                    Math.max(tenths.scale() - 1, 0), "％", false, null, null, null, null));
        }
        if ((m = FIXED.matcher(text)).matches()) {
            return Optional.of(ratio(m.group(2), m.group(3), Baseline.Type.FIXED, number(m.group(2))));
        }
        if ((m = ADJUSTED.matcher(text)).matches()) {
            BigDecimal threshold = number(m.group(5));
            return Optional.of(new Reading(MeasureKind.COUNT, direction(m.group(6)), true, threshold,
                    threshold.scale(), "件", cumulative, null, Baseline.Type.FIXED_ADJUSTED, number(m.group(2)),
                    null));
        }
        if ((m = PREVIOUS.matcher(text)).matches()) {
            Direction direction = m.group(2).equals("増") ? Direction.AT_LEAST : Direction.AT_MOST;
            return Optional.of(new Reading(MeasureKind.PERCENT, direction, false, null, null, "％", false, null,
                    Baseline.Type.PREVIOUS_YEAR_SAME_PERIOD, null, null));
        }
        if ((m = SCORE.matcher(text)).matches()) {
            Matcher scale = SCALE.matcher(context + text);
            BigDecimal threshold = number(m.group(1));
            return Optional.of(new Reading(MeasureKind.SCORE, direction(m.group(2)), true, threshold,
                    threshold.scale(), "点", false, scale.find() ? Integer.valueOf(scale.group(1)) : null, null,
                    null, null));
        }
        if ((m = COUNT.matcher(text)).matches()) {
            BigDecimal threshold = number(m.group(2));
            boolean stated = m.group(4) != null;
            return Optional.of(new Reading(MeasureKind.COUNT, stated ? direction(m.group(4)) : Direction.AT_LEAST,
                    stated, threshold, threshold.scale(), m.group(3), cumulative || m.group(1) != null, null, null,
                    null, null));
        }
        if (text.equals("全地域")) {
            return Optional.of(new Reading(MeasureKind.AREA_COVERAGE, Direction.AT_LEAST, false, null, null, "地域",
                    false, null, null, null, null));
        }
        return ACTIONS.stream().filter(text::endsWith).findFirst()
                .map(action -> new Reading(MeasureKind.MILESTONE, null, false, null, null, null, false, null, null,
                        null, action));
    }

    /**
     * The Gregorian fiscal year an indicator compares each counted item with (平成30年度を基準として改善している
     * 学校数 → 2018), if it says so. The rule's item baseline must carry it.
     */
    public static Optional<Integer> itemBaselineYear(String indicator) {
        Matcher m = ITEM_BASELINE.matcher(normalize(indicator == null ? "" : indicator));
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        return Optional.of(m.group(1).equals("平成") ? 1988 + year : 2018 + year);
    }

    private static Reading ratio(String figure, String direction, Baseline.Type baseline, BigDecimal value) {
        BigDecimal threshold = number(figure);
        return new Reading(MeasureKind.PERCENT, direction(direction), true, threshold, threshold.scale(), "％", false,
                null, baseline, value, null);
    }

    /** Full-width digits, ％ and parentheses become ASCII; spaces from the layout go. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static Direction direction(String word) {
        return "以下".equals(word) ? Direction.AT_MOST : Direction.AT_LEAST;
    }
}
