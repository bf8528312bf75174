package io.mezasu.measurement.web;

import java.util.Locale;

/** The pages' two languages: Japanese first, English on request (?lang=en, then remembered in a cookie). */
public enum Lang {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    public static final String COOKIE = "mezasu_lang";

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public Lang other() {
        return this == JA ? EN : JA;
    }

    /** {@code ?lang=} wins, then the cookie; anything unknown is Japanese. */
    public static Lang resolve(String query, String cookie) {
        Lang asked = parse(query);
        return asked != null ? asked : parse(cookie) != null ? parse(cookie) : JA;
    }

    static Lang parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "ja" -> JA;
            default -> null;
        };
    }
}
