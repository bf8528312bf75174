package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Says what an evaluation found in one plain sentence, Japanese and English, built only from the evaluation
 * and the target's rule, so the same evaluation always reads the same:
 * <ul>
 * <li>a figure against its target: 「目標 55.0％以上に対し 41.2％（未達成）。」, with the survey's 95 % interval when
 * there is one, and where a baseline made the target, from what;</li>
 * <li>in-year 延べ and 全地域: against the pro-rata expectation on the evaluation date, then the annual target and,
 * for counts, where the year would end at this pace;</li>
 * <li>milestones by their state; NO_DATA and BASELINE_PENDING say why nothing was judged.</li>
 * </ul>
 */
final class Sentences {

    private Sentences() {
    }

    static Sentence of(TargetSpec spec, FiscalPeriod period, Evaluation e) {
        return switch (e.status()) {
            case NO_DATA -> new Sentence(
                    period.year() + "年度の測定値がまだないため、評価していません。",
                    "No measurement for FY" + period.year() + " yet, so nothing is judged.");
            case BASELINE_PENDING -> baselinePending(spec, new Wording(spec), period, e);
            case DONE, IN_PROGRESS, NOT_DONE -> milestone(spec, e, false);
            default -> e.expected() != null ? proRata(spec, period, e) : direct(spec, e);
        };
    }

    private static Sentence baselinePending(TargetSpec spec, Wording w, FiscalPeriod period, Evaluation e) {
        String actual = w.exact(e.actual());
        int baseYear = period.year() - 1;
        if (previousYear(spec)) {
            return new Sentence(
                    "実績は " + w.ja(actual) + "です。目標の基準となる前年度（" + baseYear
                            + "年度）の最終値がまだないため、まだ判定できません。",
                    "The actual is " + w.en(actual) + "; the target builds on last year's final figure (FY"
                            + baseYear + "), which is not known yet, so it cannot be judged.");
        }
        return new Sentence(
                "実績は " + w.ja(actual) + "です。目標の基準となる前年同時期（" + baseYear
                        + "年度）の値が未測定のため、まだ判定できません。",
                "The actual is " + w.en(actual) + "; the target builds on last year's same-period figure (FY"
                        + baseYear + "), which is not measured yet, so it cannot be judged.");
    }

    /** @param overdue the deadline had passed with the milestone not done */
    static Sentence milestone(TargetSpec spec, Evaluation e, boolean overdue) {
        String what = spec.milestone() == null ? "取組" : "「" + spec.milestone().what() + "」";
        String whatEn = spec.milestone() == null ? "The milestone" : "Milestone “" + spec.milestone().what() + "”";
        LocalDate due = spec.milestone() == null ? null : spec.milestone().due();
        if (overdue) {
            return new Sentence(what + "は期限の" + Wording.dateJa(due) + "を過ぎても完了していません（"
                    + e.osakaLabel().text() + "）。", whatEn + ": not done by its deadline of " + Wording.dateEn(due)
                    + " (" + e.osakaLabel().english() + ").");
        }
        String stateJa = switch (e.status()) {
            case DONE -> "完了しています";
            case IN_PROGRESS -> "実施中です";
            default -> "未着手です";
        };
        String stateEn = switch (e.status()) {
            case DONE -> "done";
            case IN_PROGRESS -> "under way";
            default -> "not started";
        };
        boolean dueAhead = due != null && e.status() != Status.DONE;
        return new Sentence(what + "は" + stateJa + "（" + e.osakaLabel().text() + "）。"
                + (dueAhead ? "期限は" + Wording.dateJa(due) + "です。" : ""),
                whatEn + ": " + stateEn + " (" + e.osakaLabel().english() + ")."
                        + (dueAhead ? " Due by " + Wording.dateEn(due) + "." : ""));
    }

    /** A figure compared with the target itself: ratios, scores, point-in-time and ≤ counts, and year end. */
    private static Sentence direct(TargetSpec spec, Evaluation e) {
        Wording w = new Wording(spec);
        String actual = w.exact(e.actual());
        StringBuilder ja = new StringBuilder("目標 " + targetJa(spec, w, e) + baselineJa(spec, w, e) + "に対し "
                + w.ja(actual) + "（" + e.osakaLabel().text() + "）。");
        StringBuilder en = new StringBuilder(actualEn(spec, w, actual, e) + " against a target of "
                + targetEn(spec, w, e) + baselineEn(spec, w, e) + " (" + e.osakaLabel().english() + ").");
        if (e.confidence() != null) {
            appendConfidence(spec, e, ja, en);
        }
        if (e.projectedYearEnd() != null) {
            String projected = w.exact(e.projectedYearEnd());
            ja.append("このペースでの年度末見込みは ").append(w.ja(projected)).append("です。");
            en.append(" At this pace the year would end at ").append(w.en(projected)).append('.');
        }
        return new Sentence(ja.toString(), en.toString());
    }

    /** In-year 延べ (≥) and 全地域: what matters mid-year is the share of the target due by the evaluation date. */
    private static Sentence proRata(TargetSpec spec, FiscalPeriod period, Evaluation e) {
        Wording w = new Wording(spec);
        String actual = w.exact(e.actual());
        String expected = w.exact(e.expected());
        String elapsed = period.elapsedFraction(e.proRataOn()).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        String projectedJa = "";
        String projectedEn = "";
        if (e.projectedYearEnd() != null) {
            String projected = w.exact(e.projectedYearEnd());
            projectedJa = "、このペースでの年度末見込みは " + w.ja(projected);
            projectedEn = "; at this pace the year would end at " + w.en(projected);
        }
        return new Sentence(
                Wording.dateJa(e.proRataOn()) + "時点（年度の" + elapsed + "％経過）の按分目標 " + w.ja(expected)
                        + "に対し " + w.ja(actual) + "（" + e.osakaLabel().text() + "）。年間目標は "
                        + targetJa(spec, w, e) + baselineJa(spec, w, e) + projectedJa + "です。",
                actualEn(spec, w, actual, e) + " against a pro-rata expectation of " + w.en(expected) + " by "
                        + Wording.dateEn(e.proRataOn()) + " (" + elapsed + "% of the year elapsed) ("
                        + e.osakaLabel().english() + "). The annual target is " + targetEn(spec, w, e)
                        + baselineEn(spec, w, e) + projectedEn + ".");
    }

    private static void appendConfidence(TargetSpec spec, Evaluation e, StringBuilder ja, StringBuilder en) {
        Confidence c = e.confidence();
        int decimals = e.actual().scale();
        String low = c.low().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        String high = c.high().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        ja.append("標本の95％信頼区間は ").append(low).append("〜").append(high).append("％で、");
        en.append(" The sample's 95% confidence interval is ").append(low).append("–").append(high).append("%");
        if (c.verdict() == Confidence.Verdict.WITHIN_MARGIN) {
            ja.append("目標値はこの区間内にあり、差は標本誤差の範囲内です。");
            en.append(" and contains the target: the difference is within the sampling margin.");
            return;
        }
        // Met above a 以上 target or missed above a 以下 one: either way the interval lies above the figure.
        boolean above = (c.verdict() == Confidence.Verdict.CLEARLY_MET) == spec.direction().upward();
        ja.append(above ? "目標を明確に上回っています。" : "目標を明確に下回っています。");
        en.append(above ? ", clearly above the target." : ", clearly below the target.");
    }

    private static String targetJa(TargetSpec spec, Wording w, Evaluation e) {
        if (spec.kind() == MeasureKind.AREA_COVERAGE) {
            return "全" + spec.coverageList() + "（" + w.ja(w.number(e.target())) + "）";
        }
        return w.ja(w.number(e.target())) + spec.direction().ja();
    }

    private static String targetEn(TargetSpec spec, Wording w, Evaluation e) {
        if (spec.kind() == MeasureKind.AREA_COVERAGE) {
            String list = spec.coverageList().equals("地域") ? "every area" : "all " + Wording.listEn(spec.coverageList());
            return list + " (" + w.number(e.target()) + ")";
        }
        return spec.direction().en() + " " + w.en(w.number(e.target()));
    }

    /** 全地域 reads "5 of 11 areas"; anything else is the figure with its unit. */
    private static String actualEn(TargetSpec spec, Wording w, String actual, Evaluation e) {
        String text = spec.kind() == MeasureKind.AREA_COVERAGE
                ? actual + " of " + w.en(w.number(e.target())) : w.en(actual);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Where the target came from, when a baseline made it: 「（基準値 7件から）」. */
    private static String baselineJa(TargetSpec spec, Wording w, Evaluation e) {
        Explanation.BaselineUsed b = e.explanation().baseline();
        if (!derived(b, e.target())) {
            return "";
        }
        String value = w.ja(w.number(b.value()));
        if (b.observationId() == null) {
            return "（基準値 " + value + "から）";
        }
        return previousYear(spec) ? "（前年度の実績 " + value + "から）" : "（前年同時期の実績 " + value + "から）";
    }

    private static String baselineEn(TargetSpec spec, Wording w, Evaluation e) {
        Explanation.BaselineUsed b = e.explanation().baseline();
        if (!derived(b, e.target())) {
            return "";
        }
        String value = w.en(w.number(b.value()));
        if (b.observationId() == null) {
            return " (from the baseline of " + value + ")";
        }
        return previousYear(spec) ? " (from last year's final figure of " + value + ")"
                : " (from last year's same-period figure of " + value + ")";
    }

    /** 前年度 (the previous year's final figure), not 前年同時期. */
    private static boolean previousYear(TargetSpec spec) {
        return spec.baseline() != null && spec.baseline().type() == BaselineSpec.Type.PREVIOUS_YEAR;
    }

    /** A baseline the target merely restates (30年度（52.1％）以上) adds nothing to the sentence. */
    private static boolean derived(Explanation.BaselineUsed b, BigDecimal target) {
        return b != null && b.value() != null && b.value().compareTo(target) != 0;
    }
}
