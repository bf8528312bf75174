package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.BaselineSpec;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.time.LocalDate;

/** A target's typed rule read back in words, so that a reader can check what the machine will judge. */
final class RuleWords {

    private RuleWords() {
    }

    static String of(TargetSpec spec, Lang lang) {
        return lang == Lang.EN ? english(spec) : japanese(spec);
    }

    private static String japanese(TargetSpec s) {
        return switch (s.kind()) {
            case MILESTONE -> (due(s) == null ? "期限までに" : due(s) + "までに") + "「" + what(s)
                    + "」が完了していること（完了／実施中／未実施で判定" + (due(s) == null ? "" : "、期限後の未完了は未実施") + "）";
            case AREA_COVERAGE -> "全" + s.areas().size() + s.coverageList() + "で取組が行われていること（年度中は経過期間で按分）";
            default -> kindJa(s) + "が" + threshold(s) + s.direction().ja()
                    + (s.cumulative() ? "（延べ、年度中は経過期間で按分）" : "")
                    + baselineJa(s);
        };
    }

    private static String english(TargetSpec s) {
        return switch (s.kind()) {
            case MILESTONE -> "\"" + what(s) + "\" done by " + (due(s) == null ? "its deadline" : due(s))
                    + " (judged done / in progress / not done" + (due(s) == null ? "" : "; not done once overdue") + ")";
            case AREA_COVERAGE -> "Activity in all " + s.areas().size() + " " + s.coverageListEn() + " (pro rata in-year)";
            default -> kindEn(s) + " " + s.direction().en() + " " + threshold(s)
                    + (s.cumulative() ? " (cumulative, pro rata in-year)" : "")
                    + baselineEn(s);
        };
    }

    private static String baselineJa(TargetSpec s) {
        if (s.baseline() == null || !s.baseline().isPending()) {
            return "";
        }
        return s.baseline().type() == BaselineSpec.Type.PREVIOUS_YEAR ? "（前年度の最終実績を基準とする）"
                : "（前年同時期の実績を基準とする）";
    }

    private static String baselineEn(TargetSpec s) {
        if (s.baseline() == null || !s.baseline().isPending()) {
            return "";
        }
        return s.baseline().type() == BaselineSpec.Type.PREVIOUS_YEAR ? " (against last year's final figure)"
                : " (against the same period last year)";
    }

    private static String kindJa(TargetSpec s) {
        if (s.kind() == MeasureKind.PERCENT) {
            return s.percentBasis() == TargetSpec.PercentBasis.SURVEY ? "調査で回答した割合" : "記録に基づく割合";
        }
        return s.kind() == MeasureKind.SCORE ? "評価点" + (s.scale() == null ? "" : "（" + s.scale() + "点満点）") : "件数";
    }

    private static String kindEn(TargetSpec s) {
        if (s.kind() == MeasureKind.PERCENT) {
            return s.percentBasis() == TargetSpec.PercentBasis.SURVEY ? "Share of survey answers" : "Share in records";
        }
        return s.kind() == MeasureKind.SCORE ? "Score" + (s.scale() == null ? "" : " (out of " + s.scale() + ")")
                : "Count";
    }

    private static String threshold(TargetSpec s) {
        return s.threshold() == null ? "" : Formats.withUnit(s.threshold(), s.unit());
    }

    private static String what(TargetSpec s) {
        return s.milestone() == null || s.milestone().what() == null ? "" : s.milestone().what();
    }

    private static LocalDate due(TargetSpec s) {
        return s.milestone() == null ? null : s.milestone().due();
    }
}
