package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.ItemBaseline;
import io.mezasu.plan.domain.TargetRule;
import io.mezasu.plan.domain.TargetTextReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of target wordings (業績目標の文法): reads the 目標 of a ward operating policy, with its
 * 指標 for context, into a typed rule, or refuses with the reason. It is a set of small forms tried in
 * order, most specific first (a stated baseline before a bare percentage, any figure before prose), after
 * refusing what no form may read without guessing: hedged figures (約, 程度), ranges (80～90％) and
 * per-period rates (月1回以上), whose yearly meaning the wording does not fix.
 */
public final class TargetGrammar {

    private static final List<WordingForm> FORMS = List.of(new StatedBaselineForm(), new PreviousYearForm(),
            new PercentForm(), new ScoreForm(), new CountForm(), new ZeroForm(), new CoverageForm(),
            new MilestoneForm());

    /** 約 only before a figure (予約 and 契約 are words); 前後 only after one. */
    private static final Pattern HEDGE = Pattern.compile(
            "約[0-9]|程度|くらい|ぐらい|ほど|[0-9][^0-9]{0,3}前後|おおむね|概ね|目途|めど");
    private static final Pattern RANGE = Pattern.compile("[0-9][^0-9()]{0,3}(~|-|－|から)[0-9]");
    private static final Pattern PER_PERIOD = Pattern.compile("^(毎月|毎週|毎日|月|週|日|各[^0-9]{0,6}?)[0-9]"
            + "|あたり|当たり|につき");

    private static final Pattern REFERENCE = Pattern.compile(
            "^(.+?)\\(([^()]*(?:年度|実績|現状|参考|現在)[^()]*)\\)$");

    private TargetGrammar() {
    }

    /** The rule {@code targetText} states, or {@link AmbiguousWording} saying what could not be read. */
    /** The phrase as the indicator writes it, spaces and all. */
    private static final Pattern ITEM_BASELINE = Pattern.compile("(平成|令和)\\s*[0-9０-９]+\\s*年度を基準として改善している");

    public static Proposal propose(String indicator, String targetText) {
        Wording target = Wording.of(targetText);
        Wording context = Wording.of(indicator);
        String text = target.text();
        if (text.isEmpty()) {
            throw new AmbiguousWording("empty");
        }
        if (HEDGE.matcher(text).find()) {
            throw new AmbiguousWording("hedged", "text", targetText.strip());
        }
        if (RANGE.matcher(text).find()) {
            throw new AmbiguousWording("range", "text", targetText.strip());
        }
        if (PER_PERIOD.matcher(text).find()) {
            throw new AmbiguousWording("per-period", "text", targetText.strip());
        }
        List<String> notes = new ArrayList<>();
        for (WordingForm form : FORMS) {
            Optional<RuleDraft> read = form.read(target, context, notes);
            if (read.isPresent()) {
                RuleDraft rule = read.get();
                DataSources.fill(rule, context, notes);
                itemBaseline(rule, indicator, notes);
                return new Proposal(rule.build(), notes);
            }
            notes.clear();
        }
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            // "60％以上（30年度実績 55.2％）": the parenthesis reports where the ward stands; the target is before it.
            Proposal head = propose(indicator, target.originalOf(0, reference.end(1)));
            List<String> withNote = new ArrayList<>(head.notes());
            withNote.add("(" + reference.group(2) + ") read as a reference figure, not part of the target");
            return new Proposal(head.rule(), withNote);
        }
        throw unreadable(targetText.strip(), text);
    }

    /** Like {@link #propose}, but empty instead of a reason. */
    /**
     * 「…平成30年度を基準として改善している学校数」: each counted item is compared with its own figure of that year;
     * the rule carries the year so that it alone says which items count (the threshold stays as written).
     */
    private static void itemBaseline(RuleDraft rule, String indicator, List<String> notes) {
        if (rule.kind != TargetRule.MeasureKind.COUNT || indicator == null) {
            return;
        }
        Matcher phrase = ITEM_BASELINE.matcher(indicator);
        TargetTextReader.itemBaselineYear(indicator).ifPresent(year -> {
            rule.itemBaseline = new ItemBaseline(year, ItemBaseline.Change.IMPROVED,
                    phrase.find() ? phrase.group() : null);
            notes.add("each counted item is compared with its own figure of FY" + year + " (itemBaseline)");
        });
    }

    public static Optional<Proposal> tryPropose(String indicator, String targetText) {
        try {
            return Optional.of(propose(indicator, targetText));
        } catch (AmbiguousWording e) {
            return Optional.empty();
        }
    }

    private static AmbiguousWording unreadable(String original, String text) {
        if (text.contains("%")) {
            return new AmbiguousWording("percent-unreadable", "text", original);
        }
        if (text.matches(".*[0-9].*")) {
            return new AmbiguousWording("figure-unreadable", "text", original);
        }
        return new AmbiguousWording("unreadable", "text", original);
    }

}
