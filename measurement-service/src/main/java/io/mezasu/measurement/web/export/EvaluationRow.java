package io.mezasu.measurement.web.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * One target (業績目標) on one line of an export, figures as numbers and units in a column of their own, so that a
 * spreadsheet can sum and sort them. Dates are 西暦 (ISO).
 */
public record EvaluationRow(int issueNumber, String issue, String strategy, String initiative, String target,
        String indicator, String targetText, String status, String label, BigDecimal actual, BigDecimal targetValue,
        String unit, BigDecimal progressPercent, BigDecimal confidenceLow, BigDecimal confidenceHigh,
        String evaluatedOn, String mode, String sentence) {

    /** Column headings, in the export's language; the order of the record's components. */
    static List<String> headings(boolean english) {
        return english
                ? List.of("Issue no.", "Management issue", "Strategy", "Initiative", "Target code", "Indicator",
                        "Target", "Status code", "Status", "Actual", "Target value", "Unit", "Progress (%)",
                        "95% CI low (%)", "95% CI high (%)", "Evaluated on", "Judged as", "Assessment")
                : List.of("経営課題番号", "経営課題", "戦略", "具体的取組", "業績目標コード", "指標", "目標", "状況コード",
                        "状況", "実績", "目標値", "単位", "進捗率（％）", "95％信頼区間 下限（％）", "95％信頼区間 上限（％）",
                        "評価日", "評価の視点", "評価");
    }

    /** The values in heading order; numbers stay numbers. */
    List<Object> cells() {
        return java.util.Arrays.asList(issueNumber, issue, strategy, initiative, target, indicator, targetText, status,
                label, actual, targetValue, unit, progressPercent, confidenceLow, confidenceHigh, evaluatedOn, mode,
                sentence);
    }
}
