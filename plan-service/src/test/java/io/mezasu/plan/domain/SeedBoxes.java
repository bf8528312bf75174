package io.mezasu.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The めざす状態 boxes of the seed (the PDF-to-text extraction the Minato fixture was transcribed from), read the
 * way a person reads the layout: a label, any labels right after it, then the run of ・ bullets that follows. A
 * bullet is identified by its first line only: wrapped lines and the scrambled text around it are not needed to
 * say which box it is in.
 */
record SeedBoxes(List<Box> boxes, String wholeText) {

    static final String SEED = "seed/000_6ce9c0e19ec31fcc.txt";
    private static final String LABEL = "めざす状態";

    /** {@code labels} labels followed by these bullets (first lines, normalized). */
    record Box(int line, int labels, List<String> bullets) {
    }

    static SeedBoxes read() {
        List<String> lines = lines();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(LABEL)) {
                i = box(lines, i, boxes);
            }
        }
        return new SeedBoxes(boxes, normalize(String.join("", lines)));
    }

    /** Reads the box starting at line {@code start}; returns the last line it used. */
    private static int box(List<String> lines, int start, List<Box> boxes) {
        int labels = 1;
        List<String> bullets = new ArrayList<>();
        bullet(lines.get(start).substring(LABEL.length()), bullets);
        int last = start;
        for (int j = start + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(LABEL) && bullets.isEmpty()) {
                labels++;
            } else if (line.startsWith("・") && !line.contains("：") && !line.endsWith(LABEL)) {
                bullet(line, bullets);
            } else if (bullets.isEmpty() || !continuation(line)) {
                break;
            }
            last = j;
        }
        boxes.add(new Box(start + 1, labels, bullets));
        return last;
    }

    private static void bullet(String text, List<String> bullets) {
        String trimmed = text.strip();
        if (trimmed.startsWith("・")) {
            bullets.add(normalize(trimmed.substring(1)));
        }
    }

    /** A wrapped line of the bullet above: not a heading, an initiative (１ …), a target (…：) nor a label. */
    private static boolean continuation(String line) {
        return !line.startsWith("・") && !line.startsWith("戦略") && !line.startsWith("具体的取組")
                && !line.contains(LABEL) && !line.contains("：") && !Character.isDigit(line.charAt(0));
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static List<String> lines() {
        try (InputStream in = SeedBoxes.class.getClassLoader().getResourceAsStream(SEED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
