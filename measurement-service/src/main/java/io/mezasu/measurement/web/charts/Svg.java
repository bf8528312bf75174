package io.mezasu.measurement.web.charts;

/** Just enough SVG writing for the charts: escaped text and numbers without locale surprises. */
final class Svg {

    private Svg() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One decimal, '.' as the separator, whatever the JVM's locale. */
    static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
