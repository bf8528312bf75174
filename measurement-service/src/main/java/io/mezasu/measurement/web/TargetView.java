package io.mezasu.measurement.web;

import java.util.List;

/**
 * One target's page: its wording and rule in words, the current evaluation, the year's chart and the history.
 *
 * @param chart        inline SVG (SeriesChart)
 * @param measurements raw measurements, only for staff allowed to read them; null means "not for this reader"
 * @param narratives   the target's narratives per review point, for staff who may read reviews
 */
public record TargetView(String planKey, String planTitle, String issueTitle, String strategyTitle,
        String initiativeTitle, DashboardView.TargetRow row, String rule, String formula, String chart,
        List<HistoryLine> history, List<MeasurementLine> measurements, List<ReviewReports.TargetNarrative> narratives) {

    /** The same page with the target's narratives. */
    TargetView withNarratives(List<ReviewReports.TargetNarrative> found) {
        return new TargetView(planKey, planTitle, issueTitle, strategyTitle, initiativeTitle, row, rule, formula, chart,
                history, measurements, found);
    }

    /** One stored version of the evaluation. */
    public record HistoryLine(int version, String recordedAt, StatusBadge badge, String actual, String mode) {
    }

    /** One measurement as staff see it. */
    public record MeasurementLine(String observedOn, String source, String value, String status, String recordedAt) {
    }
}
