package io.mezasu.plan.domain.wording;

import java.text.Normalizer;

/**
 * A target wording (目標の文言) in two forms: as the plan wrote it, and normalized for parsing
 * (NFKC: full-width digits, ％, （）, ，and ． become ASCII; layout spaces go). Parsers match the
 * normalized form but quote the original, so a deliverable or a baseline text keeps the plan's own
 * characters ("（暫定案）", "30 年度").
 */
public final class Wording {

    private final String original;
    private final String text;
    /** For each normalized char, the index of the original char it came from. */
    private final int[] origin;

    private Wording(String original) {
        this.original = original == null ? "" : original;
        StringBuilder out = new StringBuilder();
        int[] map = new int[this.original.length() * 4 + 1];
        int i = 0;
        while (i < this.original.length()) {
            int cp = this.original.codePointAt(i);
            int width = Character.charCount(cp);
            // Per code point, so every normalized char knows where it came from (the plan's
            // characters normalize one by one; no composed sequences occur in these wordings).
            String piece = Normalizer.normalize(this.original.substring(i, i + width), Normalizer.Form.NFKC)
                    .replace('〜', '~');
            if (!piece.isBlank()) {
                for (int k = 0; k < piece.length(); k++) {
                    map[out.length()] = i;
                    out.append(piece.charAt(k));
                }
            }
            i += width;
        }
        map[out.length()] = this.original.length();
        this.text = out.toString();
        this.origin = map;
    }

    public static Wording of(String text) {
        return new Wording(text);
    }

    /** Normalized: what the parsers read. */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** The plan's own characters behind normalized {@code [start, end)}, trimmed. */
    public String originalOf(int start, int end) {
        return original.substring(origin[start], origin[end]).strip();
    }

    public boolean contains(String word) {
        return text.contains(word);
    }
}
