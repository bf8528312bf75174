package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.BaselineSpec;
import io.mezasu.measurement.domain.evaluation.Direction;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;

/** A target's typed rule read back in words, so that a reader can check what the machine will judge. */
final class RuleWords {

    private RuleWords() {
    }

    static String of(TargetSpec spec, Lang lang) {
        return lang == Lang.EN ? english(spec) : japanese(spec);
    }

    private static String japanese(TargetSpec s) {
        return switch (s.kind()) {
            case MILESTONE -> "期限までに「" + nz(s.milestone()) + "」が完了していること（完了／実施中／未実施で判定）";
            case AREA_COVERAGE -> "全" + s.areas().size() + "地域で取組が行われていること（年度中は経過期間で按分）";
            default -> kindJa(s) + "が" + threshold(s) + (s.direction() == Direction.AT_MOST ? "以下" : "以上")
                    + (s.cumulative() ? "（延べ、年度中は経過期間で按分）" : "")
                    + baselineJa(s);
        };
    }

    private static String english(TargetSpec s) {
        return switch (s.kind()) {
            case MILESTONE -> "\"" + nz(s.milestone()) + "\" done by its deadline (judged done / in progress / not done)";
            case AREA_COVERAGE -> "Activity in all " + s.areas().size() + " areas (pro rata in-year)";
            default -> kindEn(s) + (s.direction() == Direction.AT_MOST ? " at most " : " at least ") + threshold(s)
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

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
