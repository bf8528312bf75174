package io.mezasu.measurement.web.charts;

import java.util.List;

/**
 * A horizontal bar split by status, as inline SVG: the same markup serves the browser and the PDF. Each part has
 * a fill and a hatching of its own (so a reader who cannot tell the colours apart still can tell the parts), and
 * the chart carries a text alternative; the page shows the counts as text beside it.
 */
public final class StackedBar {

    /** One part: its share of the bar, a readable label for the text alternative, a fill and a pattern. */
    public record Part(int count, String label, String fill, Pattern pattern) {
    }

    /** Hatchings that distinguish parts without colour. */
    public enum Pattern {
        SOLID, DIAGONAL, DOTS, NONE
    }

    private static final double WIDTH = 300;
    private static final double HEIGHT = 22;

    private StackedBar() {
    }

    public static String svg(String title, List<Part> parts) {
        int total = parts.stream().mapToInt(Part::count).sum();
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart stacked\" viewBox=\"0 0 ")
                .append(Svg.num(WIDTH)).append(' ').append(Svg.num(HEIGHT)).append("\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"").append(Svg.num(HEIGHT))
                .append("\" role=\"img\" ")
                .append("aria-label=\"").append(Svg.escape(title + ": " + description(parts))).append("\">")
                .append("<title>").append(Svg.escape(title)).append("</title>");
        out.append("<defs>").append(patterns()).append("</defs>");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"").append(Svg.num(HEIGHT))
                .append("\" fill=\"#f2f2f2\" stroke=\"#767676\" stroke-width=\"0.5\"/>");
        double x = 0;
        for (Part part : parts) {
            if (part.count() == 0 || total == 0) {
                continue;
            }
            double w = WIDTH * part.count() / total;
            out.append(rect(x, w, part.fill()));
            if (part.pattern() != Pattern.SOLID && part.pattern() != Pattern.NONE) {
                out.append(rect(x, w, "url(#" + part.pattern().name().toLowerCase() + ")"));
            }
            x += w;
        }
        return out.append("</svg>").toString();
    }

    private static String rect(double x, double w, String fill) {
        return "<rect x=\"" + Svg.num(x) + "\" y=\"0\" width=\"" + Svg.num(w) + "\" height=\"" + Svg.num(HEIGHT)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String patterns() {
        return "<pattern id=\"diagonal\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<path d=\"M0,6 L6,0\" stroke=\"#ffffff\" stroke-width=\"1.5\"/></pattern>"
                + "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                + "<circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#ffffff\"/></pattern>";
    }

    static String description(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.count() > 0) {
                out.append(out.isEmpty() ? "" : ", ").append(part.label()).append(' ').append(part.count());
            }
        }
        return out.isEmpty() ? "—" : out.toString();
    }
}
