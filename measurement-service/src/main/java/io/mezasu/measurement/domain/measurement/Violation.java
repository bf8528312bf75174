package io.mezasu.measurement.domain.measurement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a submitted measurement: the JSON field, a stable code, and the key of its text in the
 * service's problem bundles ({@code measurement.<code>} unless said otherwise) with the text's named arguments.
 * The words themselves, English or Japanese, are chosen when the answer is written.
 */
public record Violation(String field, String code, String textKey, Map<String, Object> args) {

    public Violation {
        args = Map.copyOf(args);
    }

    /** {@code Violation.of("numerator", "negative", "field", "numerator")}: text {@code measurement.negative}. */
    public static Violation of(String field, String code, Object... namesAndValues) {
        return worded(field, code, "measurement." + code, namesAndValues);
    }

    /** A violation whose text is not its code's usual one, e.g. the source's own format. */
    public static Violation worded(String field, String code, String textKey, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("field", field);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put(String.valueOf(namesAndValues[i]), value == null ? "-" : value);
        }
        return new Violation(field, code, textKey, args);
    }
}
