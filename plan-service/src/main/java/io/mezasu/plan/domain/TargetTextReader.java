package io.mezasu.plan.domain;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.domain.wording.TargetGrammar;
import java.math.BigDecimal;
import java.text.Normalizer;
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

    private TargetTextReader() {
    }

    /**
     * Reads {@code targetText}; the indicator supplies 延べ, 点満点 and what a relative wording measures.
     * The reading is the grammar's proposal ({@link TargetGrammar}), so whatever can be proposed can also
     * be validated, and a typed rule is checked against exactly what a proposal would have said.
     */
    public static Optional<Reading> read(String indicator, String targetText) {
        return TargetGrammar.tryPropose(indicator, targetText).map(p -> of(p.rule()));
    }

    private static Reading of(TargetRule rule) {
        Baseline baseline = rule.baseline();
        // The validator compares the last verb with the declared one ("把握・促進" covers "…の促進").
        String action = rule.milestone() == null ? null
                : rule.milestone().action().substring(rule.milestone().action().lastIndexOf('・') + 1);
        return new Reading(rule.kind(), rule.direction(), rule.directionStated() != null && rule.directionStated(),
                rule.threshold(), rule.threshold() == null ? null : rule.decimals(), rule.unit(), rule.cumulative(),
                rule.scale(), baseline == null ? null : baseline.type(), baseline == null ? null : baseline.value(),
                action);
    }

    /** 「平成 30年度を基準として改善している」 in an indicator: each counted item against its own figure. */
    private static final Pattern ITEM_BASELINE = Pattern.compile("(平成|令和)([0-9]+)年度を基準として改善");

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

    /** Full-width digits, ％ and parentheses become ASCII; spaces from the layout go. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
