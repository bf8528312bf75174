package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.Rollup;
import io.mezasu.measurement.domain.evaluation.Status;
import io.mezasu.measurement.web.charts.StackedBar;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts by status and the achievement rate (達成率) of a group of targets, with its bar chart.
 *
 * @param rate    e.g. 66.7％, or a sentence when nothing can be judged yet
 * @param counts  only the statuses present, in a fixed order
 * @param chart   inline SVG (StackedBar)
 */
public record RollupView(String rate, String rateDetail, List<Count> counts, String chart) {

    /** One status's count, with the badge that names it. */
    public record Count(StatusBadge badge, int count) {
    }

    /** The order of the legend and of the bar: met first, then in progress, missed, not judged. */
    private static final List<Status> ORDER = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.DONE,
            Status.IN_PROGRESS, Status.NOT_ACHIEVED, Status.BEHIND, Status.NOT_DONE, Status.BASELINE_PENDING,
            Status.NO_DATA);

    static RollupView of(Rollup rollup, String title, Texts texts) {
        List<Count> counts = new ArrayList<>();
        List<StackedBar.Part> parts = new ArrayList<>();
        for (Status status : ORDER) {
            int n = rollup.count(status);
            if (n == 0) {
                continue;
            }
            StatusBadge badge = StatusBadge.of(status, null, texts);
            counts.add(new Count(badge, n));
            parts.add(new StackedBar.Part(n, badge.words(), fill(badge.css()), pattern(badge.css())));
        }
        String rate = rollup.achievementRate() == null ? texts.rate_none() : Formats.percent(rollup.achievementRate());
        String detail = rollup.achievementRate() == null ? "" : texts.rate_of(rollup.met(), rollup.assessable());
        return new RollupView(rate, detail, List.copyOf(counts), StackedBar.svg(title, parts));
    }

    private static String fill(String css) {
        return switch (css) {
            case "st-met" -> "#1b7f3b";
            case "st-missed" -> "#b3261e";
            case "st-progress" -> "#8a6d00";
            default -> "#8c8c8c";
        };
    }

    private static StackedBar.Pattern pattern(String css) {
        return switch (css) {
            case "st-missed" -> StackedBar.Pattern.DIAGONAL;
            case "st-progress" -> StackedBar.Pattern.DOTS;
            default -> StackedBar.Pattern.SOLID;
        };
    }
}
