package io.mezasu.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The message catalogue: {@code problems_en.properties} and {@code problems_ja.properties} of the service (classpath
 * root) first, then the platform's own ({@code io/mezasu/platform/problem/problems_*}). A text is a template with
 * named arguments, {@code Plan {plan} has no draft}; {@code {field}} of a field error is filled in from the field.
 */
public final class ProblemTexts {

    static final String SERVICE_BUNDLE = "problems";
    static final String PLATFORM_BUNDLE = "io.mezasu.platform.problem.problems";
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Logger LOG = Logger.getLogger(ProblemTexts.class);

    private ProblemTexts() {
    }

    public static String resolve(Text text, ProblemLanguage language) {
        return template(text.key(), language).map(t -> fill(t, text.args(), language)).orElseGet(() -> {
            // A key without a text is a bug of ours; say something true rather than nothing, and log it.
            LOG.errorf("No %s text for problem key %s", language.tag(), text.key());
            return template("missing-text", language).orElse("-");
        });
    }

    public static Optional<String> template(String key, ProblemLanguage language) {
        for (ResourceBundle bundle : bundles(language)) {
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The service's bundle (if it has one) before the platform's. */
    public static List<ResourceBundle> bundles(ProblemLanguage language) {
        List<ResourceBundle> bundles = new ArrayList<>(2);
        bundle(SERVICE_BUNDLE, language).ifPresent(bundles::add);
        bundle(PLATFORM_BUNDLE, language).ifPresent(bundles::add);
        return bundles;
    }

    /** The names a template refers to, e.g. {@code [plan]}; a test checks both languages use the same. */
    public static List<String> argumentsOf(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names.stream().sorted().toList();
    }

    /**
     * Where the English and Japanese bundles disagree: a key in one only, different named arguments, or the same
     * words in both (then one was not translated). Empty when the catalogue is whole; the services' tests assert it.
     */
    public static List<String> inconsistencies() {
        List<String> found = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (ProblemLanguage language : ProblemLanguage.values()) {
            bundles(language).forEach(b -> keys.addAll(b.keySet()));
        }
        for (String key : keys) {
            Optional<String> en = template(key, ProblemLanguage.EN);
            Optional<String> ja = template(key, ProblemLanguage.JA);
            if (en.isEmpty() || ja.isEmpty()) {
                found.add(key + ": only in " + (en.isEmpty() ? "ja" : "en"));
            } else if (!argumentsOf(en.get()).equals(argumentsOf(ja.get()))) {
                found.add(key + ": arguments " + argumentsOf(en.get()) + " (en) vs " + argumentsOf(ja.get()) + " (ja)");
            } else if (en.get().equals(ja.get())) {
                found.add(key + ": the same words in en and ja");
            }
        }
        return found;
    }

    static String fill(String template, Map<String, Object> args, ProblemLanguage language) {
        Matcher m = ARGUMENT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            // An argument may itself be one of our texts, e.g. what a field expects ("a whole number").
            String filled = value instanceof Text nested ? resolve(nested, language)
                    : value == null ? m.group() : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemTexts.class.getClassLoader();
    }

    private static Optional<ResourceBundle> bundle(String name, ProblemLanguage language) {
        try {
            return Optional.of(ResourceBundle.getBundle(name, language.locale(), loader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
