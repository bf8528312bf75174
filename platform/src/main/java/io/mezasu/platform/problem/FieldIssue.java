package io.mezasu.platform.problem;

/**
 * One field-level problem before it is put into words: the field (dotted path or JSON pointer), a stable
 * {@code code} a client can switch on, and the {@link Text} that explains it. Rendered as {@link Problem.FieldError}.
 */
public record FieldIssue(String field, String code, Text message) {

    /** The usual case: the message is the code's own text, {@code field.<code>}, with {@code {field}} filled in. */
    public static FieldIssue of(String field, String code, Object... namesAndValues) {
        return new FieldIssue(field, code, Text.of("field." + code, namesAndValues));
    }
}
