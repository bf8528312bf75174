package io.mezasu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every refusal of both services must be (issue #18): a 4xx {@code application/problem+json} body in our own
 * words, never naming a Java type, a library or a stack frame, and written in the language asked for: the same
 * problem (status, type, fields and codes) in English and in Japanese, with different words.
 */
public final class ProblemChecks {

    /** Java and library names, exception class names and stack frames ("at io.mezasu.Foo"). */
    public static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|com\\.fasterxml|jackson|hibernate|quarkus|resteasy|vertx|exception|\\bat [a-z]+\\.",
            Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemChecks() {
    }

    /** One answer as the test saw it; {@code contentLanguage} and {@code vary} are those headers (null if absent). */
    public record Answer(int status, String contentType, String contentLanguage, String vary, String body) {
    }

    /** Checks one answer in one language and returns its body as a tree. */
    public static JsonNode problem(String what, Answer answer, Set<Integer> allowed, String language) {
        assertTrue(allowed.contains(answer.status()), () -> what + ": status " + answer.status() + " not in " + allowed
                + "\n" + answer.body());
        assertTrue(answer.status() >= 400 && answer.status() < 500, () -> what + ": " + answer.status());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
                () -> what + ": content type " + answer.contentType() + "\n" + answer.body());
        Matcher leak = LEAK.matcher(answer.body());
        assertFalse(leak.find(), () -> what + ": the answer names '" + leak.group() + "': " + answer.body());
        assertEquals(language, answer.contentLanguage(), () -> what + ": Content-Language");
        assertTrue(answer.vary() != null && answer.vary().toLowerCase().contains("accept-language"),
                () -> what + ": Vary " + answer.vary());
        JsonNode body = read(what, answer.body());
        assertEquals(answer.status(), body.path("status").asInt(), what + ": status member");
        assertTrue(body.path("type").asText().startsWith("urn:mezasu:problem:"), what + ": type");
        assertFalse(body.path("title").asText().isBlank(), what + ": title");
        assertFalse(body.path("detail").asText().isBlank(), what + ": detail");
        for (JsonNode error : body.path("errors")) {
            assertFalse(error.path("code").asText().isBlank(), what + ": errors[].code");
            assertFalse(error.path("message").asText().isBlank(), what + ": errors[].message");
        }
        return body;
    }

    /** The same problem in both languages, every text in different words. */
    public static void sameProblemInTwoLanguages(String what, JsonNode english, JsonNode japanese) {
        assertEquals(english.path("status"), japanese.path("status"), what);
        assertEquals(english.path("type"), japanese.path("type"), what);
        assertEquals(fieldsAndCodes(english), fieldsAndCodes(japanese), what + ": fields and codes");
        assertNotEquals(english.path("title").asText(), japanese.path("title").asText(), what + ": title");
        assertNotEquals(english.path("detail").asText(), japanese.path("detail").asText(), what + ": detail");
        for (int i = 0; i < english.path("errors").size(); i++) {
            String en = english.path("errors").get(i).path("message").asText();
            String ja = japanese.path("errors").get(i).path("message").asText();
            assertNotEquals(en, ja, what + ": errors[" + i + "].message");
        }
    }

    /** The problem codes an answer carries: its type's slug and every {@code errors[].code}. */
    public static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        codes.add(problem.path("type").asText().replace("urn:mezasu:problem:", ""));
        problem.path("errors").forEach(e -> codes.add(e.path("code").asText()));
        return codes;
    }

    private static List<String> fieldsAndCodes(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("field").asText() + " " + e.path("code").asText()));
        return out;
    }

    private static JsonNode read(String what, String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + ": the body is not JSON: " + body, e);
        }
    }

    // Plain AssertionErrors (JUnit reports them as failures): this library does not depend on JUnit.
    private static void assertTrue(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new AssertionError(message.get());
        }
    }

    private static void assertTrue(boolean condition, String message) {
        assertTrue(condition, () -> message);
    }

    private static void assertFalse(boolean condition, Supplier<String> message) {
        assertTrue(!condition, message);
    }

    private static void assertFalse(boolean condition, String message) {
        assertTrue(!condition, () -> message);
    }

    private static void assertEquals(Object expected, Object actual, Supplier<String> message) {
        assertTrue(Objects.equals(expected, actual), () -> message.get() + ": expected " + expected + " but was " + actual);
    }

    private static void assertEquals(Object expected, Object actual, String message) {
        assertEquals(expected, actual, () -> message);
    }

    private static void assertNotEquals(Object unexpected, Object actual, String message) {
        assertTrue(!Objects.equals(unexpected, actual), () -> message + ": both are " + actual);
    }
}
