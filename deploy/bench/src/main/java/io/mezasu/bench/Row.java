package io.mezasu.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the results table: what was measured, its figures (name → value, in the unit the name says) and
 * how it compares with the goal of issue #7. A scenario that could not run still gives a row, with the reason.
 */
public record Row(String number, String what, Map<String, Double> figures, String result, String goal,
        Verdict verdict, String note) {

    public enum Verdict {
        MET, MISSED, FAILED, INFO;

        String label() {
            return switch (this) {
                case MET -> "met";
                case MISSED -> "MISSED";
                case FAILED -> "FAILED";
                case INFO -> "-";
            };
        }
    }

    public static Row failed(String number, String what, String goal, Throwable why) {
        String reason = why.getMessage() == null ? why.toString() : why.getMessage();
        return new Row(number, what, Map.of(), "did not run: " + reason.lines().findFirst().orElse(""), goal,
                Verdict.FAILED, reason);
    }

    /** Figures in insertion order. */
    public static Map<String, Double> figures(Object... nameValue) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return map;
    }

    public static Verdict atMost(double value, double goal) {
        return value <= goal ? Verdict.MET : Verdict.MISSED;
    }

    public static Verdict atLeast(double value, double goal) {
        return value >= goal ? Verdict.MET : Verdict.MISSED;
    }
}
