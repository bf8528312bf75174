package io.mezasu.measurement.web.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side SVG charts: well-formed enough for the PDF renderer, and described in words. */
class ChartsTest {

    @Test
    void aStackedBarSaysWhatItShowsAndSkipsEmptyParts() {
        String svg = StackedBar.svg("経営課題 1", List.of(
                new StackedBar.Part(2, "達成", "#1b7f3b", StackedBar.Pattern.SOLID),
                new StackedBar.Part(0, "順調", "#1b7f3b", StackedBar.Pattern.SOLID),
                new StackedBar.Part(1, "未達成", "#b3261e", StackedBar.Pattern.DIAGONAL)));
        assertTrue(svg.contains("aria-label=\"経営課題 1: 達成 2, 未達成 1\""), svg);
        assertTrue(svg.contains("width=\"200.0\""), "two thirds of 300: " + svg);
        assertTrue(svg.contains("url(#diagonal)"), "the missed part is hatched, not only coloured");
        assertEquals(1, count(svg, "<svg"));
    }

    @Test
    void anEmptyBarIsStillAChartWithAText() {
        String svg = StackedBar.svg("t", List.of());
        assertTrue(svg.contains("aria-label=\"t: —\""));
    }

    @Test
    void textIsEscaped() {
        String svg = StackedBar.svg("<script>&\"", List.of());
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;&amp;&quot;"));
    }

    @Test
    void theSeriesChartDrawsThresholdProRataBandAndPointsInsideTheYear() {
        SeriesChart.Frame frame = new SeriesChart.Frame("延べ", LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31),
                30.0, true, "目標 30", "按分");
        String svg = SeriesChart.svg(frame, List.of(
                new SeriesChart.Point(LocalDate.of(2019, 6, 30), 12, null, null, "12"),
                new SeriesChart.Point(LocalDate.of(2019, 9, 30), 20, 18.0, 22.0, "20"),
                new SeriesChart.Point(LocalDate.of(2021, 1, 1), 25, null, null, "after the year")));
        assertTrue(svg.contains("class=\"threshold\""));
        assertTrue(svg.contains("class=\"prorata\""));
        assertEquals(1, count(svg, "class=\"band\""));
        assertEquals(3, count(svg, "<circle"));
        assertTrue(svg.contains("cx=\"628.0\""), "a date after the year is drawn at its end: " + svg);
        assertEquals(34.5, SeriesChart.top(frame, List.of()), 1e-9);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
