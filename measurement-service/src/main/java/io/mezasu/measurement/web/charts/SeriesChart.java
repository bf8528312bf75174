package io.mezasu.measurement.web.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A target's actual over its fiscal year against the threshold: a line of points, the threshold as a dashed line,
 * for 延べ counts the pro-rata line (zero on 1 April to the target on 31 March), for surveys the Wilson 95 % band.
 * Inline SVG with a text alternative; the page lists the same figures in a table.
 */
public final class SeriesChart {

    /** One evaluated point; {@code low} and {@code high} are the survey's confidence bounds or null. */
    public record Point(LocalDate on, double value, Double low, Double high, String label) {
    }

    /** What the chart shows besides the points. */
    public record Frame(String title, LocalDate start, LocalDate end, Double threshold, boolean proRata,
            String thresholdLabel, String proRataLabel) {
    }

    private static final double W = 640;
    private static final double H = 260;
    private static final double LEFT = 48;
    private static final double RIGHT = 12;
    private static final double TOP = 14;
    private static final double BOTTOM = 30;

    private SeriesChart() {
    }

    public static String svg(Frame frame, List<Point> points) {
        double max = top(frame, points);
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart series\" viewBox=\"0 0 ").append(Svg.num(W))
                .append(' ').append(Svg.num(H)).append("\" width=\"").append(Svg.num(W)).append("\" height=\"")
                .append(Svg.num(H)).append("\" role=\"img\" aria-label=\"")
                .append(Svg.escape(frame.title())).append("\"><title>").append(Svg.escape(frame.title()))
                .append("</title>");
        axes(out, frame, max);
        bands(out, frame, points, max);
        guides(out, frame, max);
        line(out, frame, points, max);
        return out.append("</svg>").toString();
    }

    /** The top of the value axis: a little above the largest figure shown, threshold included. */
    static double top(Frame frame, List<Point> points) {
        double max = frame.threshold() == null ? 0 : frame.threshold();
        for (Point p : points) {
            max = Math.max(max, p.high() != null ? Math.max(p.high(), p.value()) : p.value());
        }
        return max <= 0 ? 1 : max * 1.15;
    }

    private static double x(Frame frame, LocalDate on) {
        long days = Math.max(1, ChronoUnit.DAYS.between(frame.start(), frame.end()));
        long at = Math.min(Math.max(0, ChronoUnit.DAYS.between(frame.start(), on)), days);
        return LEFT + (W - LEFT - RIGHT) * at / days;
    }

    private static double y(double value, double max) {
        return TOP + (H - TOP - BOTTOM) * (1 - value / max);
    }

    private static void axes(StringBuilder out, Frame frame, double max) {
        out.append("<g class=\"axes\" font-size=\"10\" fill=\"#333333\">");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = y(v, max);
            out.append("<line x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(W - RIGHT))
                    .append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y))
                    .append("\" stroke=\"#dddddd\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(Svg.num(LEFT - 4)).append("\" y=\"").append(Svg.num(y + 3))
                    .append("\" text-anchor=\"end\">").append(Svg.num(v)).append("</text>");
        }
        for (LocalDate month = frame.start(); !month.isAfter(frame.end()); month = month.plusMonths(3)) {
            out.append("<text x=\"").append(Svg.num(x(frame, month))).append("\" y=\"").append(Svg.num(H - 10))
                    .append("\" text-anchor=\"middle\">").append(month.getYear()).append('/')
                    .append(month.getMonthValue()).append("</text>");
        }
        out.append("</g>");
    }

    private static void bands(StringBuilder out, Frame frame, List<Point> points, double max) {
        for (Point p : points) {
            if (p.low() == null || p.high() == null) {
                continue;
            }
            double x = x(frame, p.on());
            out.append("<line class=\"band\" x1=\"").append(Svg.num(x)).append("\" x2=\"").append(Svg.num(x))
                    .append("\" y1=\"").append(Svg.num(y(p.low(), max))).append("\" y2=\"").append(Svg.num(y(p.high(), max)))
                    .append("\" stroke=\"#7aa6d6\" stroke-width=\"8\" stroke-opacity=\"0.6\"/>");
        }
    }

    private static void guides(StringBuilder out, Frame frame, double max) {
        if (frame.threshold() == null) {
            return;
        }
        double yT = y(frame.threshold(), max);
        out.append("<line class=\"threshold\" x1=\"").append(Svg.num(LEFT)).append("\" x2=\"").append(Svg.num(W - RIGHT))
                .append("\" y1=\"").append(Svg.num(yT)).append("\" y2=\"").append(Svg.num(yT))
                .append("\" stroke=\"#b00020\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
                .append("<text x=\"").append(Svg.num(W - RIGHT)).append("\" y=\"").append(Svg.num(yT - 4))
                .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#b00020\">")
                .append(Svg.escape(frame.thresholdLabel())).append("</text>");
        if (frame.proRata()) {
            out.append("<line class=\"prorata\" x1=\"").append(Svg.num(x(frame, frame.start()))).append("\" y1=\"")
                    .append(Svg.num(y(0, max))).append("\" x2=\"").append(Svg.num(x(frame, frame.end()))).append("\" y2=\"")
                    .append(Svg.num(yT)).append("\" stroke=\"#555555\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>")
                    .append("<text x=\"").append(Svg.num(LEFT + 6)).append("\" y=\"").append(Svg.num(y(0, max) - 6))
                    .append("\" font-size=\"10\" fill=\"#555555\">").append(Svg.escape(frame.proRataLabel()))
                    .append("</text>");
        }
    }

    private static void line(StringBuilder out, Frame frame, List<Point> points, double max) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (Point p : points) {
            path.append(path.isEmpty() ? "M" : " L").append(Svg.num(x(frame, p.on()))).append(',')
                    .append(Svg.num(y(p.value(), max)));
        }
        out.append("<path class=\"actual\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f4e8c\" ")
                .append("stroke-width=\"2\"/>");
        for (Point p : points) {
            out.append("<circle cx=\"").append(Svg.num(x(frame, p.on()))).append("\" cy=\"")
                    .append(Svg.num(y(p.value(), max))).append("\" r=\"3.5\" fill=\"#1f4e8c\"><title>")
                    .append(Svg.escape(p.label())).append("</title></circle>");
        }
    }
}
