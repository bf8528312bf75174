package io.mezasu.plan.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem found in a plan document: a stable code, the JSON pointer of the culprit, and the key of its text in
 * the service's problem bundles ({@code problems_en}, {@code problems_ja}) with the text's named arguments. The words
 * are chosen in the reader's language when the answer is written.
 */
public record Violation(String code, String pointer, String textKey, Map<String, Object> args) {

    public Violation {
        args = Map.copyOf(args);
    }

    /** {@code Violation.of("invalid-code", "/issues/0/code", "draft.invalid-code", "expected", "1", "found", "2")}. */
    public static Violation of(String code, String pointer, String textKey, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            args.put(String.valueOf(namesAndValues[i]), value == null ? "-" : value);
        }
        return new Violation(code, pointer, textKey, args);
    }
}
