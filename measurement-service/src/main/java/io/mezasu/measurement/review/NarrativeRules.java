package io.mezasu.measurement.review;

import io.mezasu.measurement.review.ReviewViews.NarrativeText;
import io.mezasu.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a narrative may hold: plain text the ward publishes in its 自己評価, so no control characters beyond line
 * breaks and tabs (they break the A4 report and the CSV export), each part at most 4,000 characters (code points:
 * a kanji counts as one).
 */
final class NarrativeRules {

    static final int MAX_LENGTH = 4_000;

    private NarrativeRules() {
    }

    static List<Problem.FieldError> check(NarrativeText text) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (text == null) {
            return List.of(new Problem.FieldError("body", "required", "effective, issuesAndFixes and nextSteps"));
        }
        check("effective", text.effective(), errors);
        check("issuesAndFixes", text.issuesAndFixes(), errors);
        check("nextSteps", text.nextSteps(), errors);
        return errors;
    }

    private static void check(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "required", "give the text, or \"\" for none yet"));
        } else if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            errors.add(new Problem.FieldError(field, "too-long", "at most " + MAX_LENGTH + " characters"));
        } else if (value.codePoints().anyMatch(NarrativeRules::forbidden)) {
            errors.add(new Problem.FieldError(field, "control-character",
                    "plain text only: line breaks and tabs are the only control characters allowed"));
        }
    }

    private static boolean forbidden(int c) {
        return c != '\n' && c != '\r' && c != '\t' && Character.getType(c) == Character.CONTROL;
    }
}
