package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.domain.TargetRule.Milestone;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A milestone (達成目標): a deliverable and the verb that ends the wording — "…を策定", "…の実施",
 * "…課題の把握", "…進捗把握及び取組の促進" (two verbs: 把握・促進) — optionally after a deadline,
 * "令和２年度末までに", "令和３年３月末までに", which becomes {@code due}: after that day an undone milestone
 * is NOT_DONE. A wording with a figure and a comparison word is never a milestone: it is a malformed
 * numeric target and is refused rather than read as prose.
 */
final class MilestoneForm implements WordingForm {

    /** Verbs that close a milestone, longest first so 運用開始 wins over 開始. */
    static final List<String> ACTIONS = List.of("運用開始", "取りまとめ", "とりまとめ", "立ち上げ", "見直し", "策定",
            "実施", "開催", "完了", "設置", "開設", "作成", "整備", "導入", "構築", "検討", "把握", "促進", "推進",
            "発行", "公表", "改定", "締結", "確立", "開始", "着手", "決定", "設立", "創設", "配置", "展開", "周知",
            "提供", "拡充", "充実", "強化", "普及", "運営", "実現", "構想", "編成", "発足")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Pattern DEADLINE = Pattern.compile("^(?:" + EraYear.PATTERN + "年度(末|中|内)?|"
            + EraYear.PATTERN + "年([0-9]{1,2})月(末|中)?|(年度内|年度末|今年度中|今年度内|本年度中))(?:(?:まで|迄)に?|に)(?:は)?[、,]?");
    private static final Pattern BODY = Pattern.compile("^(.+?)(?:を|の)?(" + String.join("|", ACTIONS)
            + ")(?:する|を行う|を図る|を進める|を完了|の完了|完了|済み)?$");
    private static final Pattern WHEN_ONLY = Pattern.compile("^" + EraYear.PATTERN
            + "年(?:度|[0-9]{1,2}月)?(?:から|より|以降)$");
    private static final Pattern FIGURE_WITH_BOUND = Pattern.compile("[0-9]\\s*(%|割|点|[^0-9]{0,6}?)"
            + "(以上|以下|未満|超|増|減)");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        String text = target.text();
        int start = 0;
        LocalDate due = null;
        Matcher deadline = DEADLINE.matcher(text);
        if (deadline.find() && deadline.end() > 0 && deadline.end() < text.length()) {
            due = due(deadline, notes);
            start = deadline.end();
        }
        String body = text.substring(start);
        if (FIGURE_WITH_BOUND.matcher(body).find()) {
            return Optional.empty();
        }
        Matcher m = BODY.matcher(body);
        if (!m.matches() || m.group(1).length() < 2) {
            return Optional.empty();
        }
        if (WHEN_ONLY.matcher(m.group(1)).matches()) {
            throw new AmbiguousWording("milestone-without-action", "text", target.original(), "what", m.group(2));
        }
        String action = m.group(2);
        int deliverableEnd = start + m.end(1);
        String deliverable = target.originalOf(start, deliverableEnd);
        // "A把握及び取組の促進": two verbs on two objects; both are the milestone (把握・促進), and the
        // deliverable is both objects without their verbs ("A及び取組"), as for a single verb.
        String before = m.group(1);
        int and = Math.max(before.lastIndexOf("及び"), before.lastIndexOf("並びに"));
        if (and > 0) {
            String left = before.substring(0, and);
            Optional<String> first = ACTIONS.stream().filter(left::endsWith).findFirst();
            if (first.isPresent()) {
                action = first.get() + "・" + action;
                deliverable = target.originalOf(start, start + and - first.get().length())
                        + target.originalOf(start + and, deliverableEnd);
            }
        }
        RuleDraft rule = RuleDraft.of(MeasureKind.MILESTONE);
        rule.milestone = new Milestone(action, deliverable, due);
        if (due != null) {
            notes.add("deadline read as " + due + ": not done by then is NOT_DONE");
        }
        return Optional.of(rule);
    }

    private static LocalDate due(Matcher m, List<String> notes) {
        if (m.group(8) != null) {
            notes.add(m.group(8) + ": the deadline is the end of the plan's fiscal year (due left empty)");
            return null;
        }
        if (m.group(2) != null) {
            int fiscal = EraYear.gregorian(m.group(1), m.group(2), notes)
                    .orElseThrow(() -> new AmbiguousWording("not-a-year", "text", m.group()));
            return LocalDate.of(fiscal + 1, 3, 31);
        }
        int year = EraYear.gregorian(m.group(4), m.group(5), notes)
                .orElseThrow(() -> new AmbiguousWording("not-a-year", "text", m.group()));
        int month = Integer.parseInt(m.group(6));
        if (month < 1 || month > 12) {
            throw new AmbiguousWording("not-a-month", "text", m.group());
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
