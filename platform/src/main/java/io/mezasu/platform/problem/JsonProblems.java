package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts a JSON reading failure into our words: where it is, which field, and what was expected, said as
 * "a whole number" or "a date (yyyy-MM-dd)", never as the Java type or the library's own sentence.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Text detail = at == null || at.getLineNr() < 0 ? Text.of("json.malformed")
                : Text.of("json.malformed-at", "line", at.getLineNr(), "column", at.getColumnNr());
        return new ProblemException(ProblemType.MALFORMED_BODY, detail);
    }

    static ProblemException field(JsonMappingException e, String code, Object... args) {
        return new ProblemException(ProblemType.MALFORMED_BODY, Text.of("json.invalid-field", "field", pointer(e)),
                List.of(FieldIssue.of(pointer(e), code, args)));
    }

    /** What a field takes, in words (a {@link Text} resolved in the caller's language). */
    static Text expected(Class<?> type) {
        if (type == null) {
            return Text.of("expected.value");
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return Text.of("expected.one-of", "values", values);
        }
        return Text.of("expected." + kind(type));
    }

    private static String kind(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return temporalOrStructure(type);
    }

    private static String temporalOrStructure(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == LocalDateTime.class
                || type == java.time.Instant.class) {
            return "date-time";
        }
        if (type == YearMonth.class) {
            return "year-month";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "object" : "value";
    }

    /** JSON pointer of the offending field, e.g. {@code /measurements/3/value}. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }
}
