package io.mezasu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The problem text keys a service's sources name, found by pattern: each pattern's first group, with the prefix the
 * pattern maps to ({@code FieldIssue.of(x, "negative")} → {@code field.negative}). A test then checks that each has
 * a text in both bundles, so a key typed at a throw site cannot reach a client as "no text".
 */
public final class TextKeys {

    /**
     * Any literal that reads as a key with one of the prefixes only keys use, e.g. {@code "draft.missing"}
     * (event types such as {@code measurement.recorded} or {@code review.narrative-changed} read like keys).
     */
    public static final Pattern LITERAL = Pattern.compile(
            "\"((?:draft|rule|wording|field|expected|title|detail|json|validation|security)"
                    + "\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
    /** {@code Text.of("plan.no-draft", …)}: the key itself (not {@code "csv." + what}, checked on its own). */
    public static final Pattern TEXT_OF = Pattern.compile("Text\\.of\\(\\s*\"([a-z0-9.-]*[a-z0-9])\"");
    /** {@code FieldIssue.of(field, "code", …)}: the code's own text. */
    public static final Pattern FIELD_ISSUE = Pattern.compile("FieldIssue\\.of\\([^,;]+,\\s*\"([a-z0-9-]+)\"");

    private TextKeys() {
    }

    public static Set<String> scan(Path sources, Map<Pattern, String> patterns) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String text = read(f);
                patterns.forEach((pattern, prefix) -> {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        keys.add(prefix + m.group(1));
                    }
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
