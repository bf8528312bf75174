package io.mezasu.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text written by this project: a key into the problem bundles ({@code problems_en}, {@code problems_ja}) and its
 * named arguments. It is resolved in the caller's language only when the response is written
 * ({@link ProblemResponses}), so throw sites never choose a language and never quote a library.
 *
 * <pre>Text.of("plan.no-draft", "plan", key)   // problems_en: plan.no-draft=Plan {plan} has no draft</pre>
 */
public record Text(String key, Map<String, Object> args) {

    public Text {
        if (key == null || !key.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("a text key is lowercase words joined by . and -: " + key);
        }
        args = Map.copyOf(args);
    }

    /** {@code Text.of("key", "name1", value1, "name2", value2)}; a null value reads as "-". */
    public static Text of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs: " + key);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put((String) namesAndValues[i], value == null ? "-" : value);
        }
        return new Text(key, args);
    }
}
