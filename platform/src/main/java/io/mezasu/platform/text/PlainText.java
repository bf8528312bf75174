package io.mezasu.platform.text;

/**
 * The one rule for text we accept: no NUL or other control character (C0 except tab, line feed and carriage
 * return; DEL; C1) and no unpaired surrogate. PostgreSQL refuses NUL, and the others only hide things from readers.
 * Single-line texts (ids, names, header and query values) also refuse tab and line breaks.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isMultiline(String text) {
        return firstForbidden(text, true) < 0;
    }

    public static boolean isSingleLine(String text) {
        return firstForbidden(text, false) < 0;
    }

    /** Index of the first character not allowed, or -1. */
    public static int firstForbidden(String text, boolean newlinesAllowed) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || forbidden(c, newlinesAllowed)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c, boolean newlinesAllowed) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !newlinesAllowed;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
