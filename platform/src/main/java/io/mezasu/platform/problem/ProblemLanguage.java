package io.mezasu.platform.problem;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The language a problem is written in, chosen from {@code Accept-Language} (RFC 9110 §12.5.4, with q-values).
 * English when the header is absent or names neither language: machine clients send none, and English is the
 * language of the API's field names. Japanese whenever the caller prefers it (ja, ja-JP, …) over English.
 */
public enum ProblemLanguage {
    EN(Locale.ENGLISH), JA(Locale.JAPANESE);

    public static final ProblemLanguage DEFAULT = EN;

    private final Locale locale;

    ProblemLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    public static ProblemLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return DEFAULT;
        }
        return Stream.of(acceptLanguage.split(","))
                .map(ProblemLanguage::range)
                .flatMap(Optional::stream)
                .filter(r -> r.q() > 0)
                // Stable sort: among equal q-values the first listed wins, as the header orders them.
                .sorted(Comparator.comparingDouble(Range::q).reversed())
                .map(Range::language)
                .findFirst().orElse(DEFAULT);
    }

    private record Range(ProblemLanguage language, double q) {
    }

    private static Optional<Range> range(String part) {
        String[] pieces = part.trim().split(";");
        String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
        ProblemLanguage language = tag.equals("ja") || tag.startsWith("ja-") ? JA
                : tag.equals("en") || tag.startsWith("en-") ? EN : null;
        if (language == null) {
            return Optional.empty();
        }
        double q = 1.0;
        for (int i = 1; i < pieces.length; i++) {
            String param = pieces[i].trim();
            if (param.startsWith("q=")) {
                q = quality(param.substring(2));
            }
        }
        return Optional.of(new Range(language, q));
    }

    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value.trim());
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
