package io.mezasu.measurement.review;

import io.mezasu.measurement.review.ReviewViews.NarrativeText;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.PlainText;
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

    static List<FieldIssue> check(NarrativeText text) {
        List<FieldIssue> errors = new ArrayList<>();
        if (text == null) {
            return List.of(new FieldIssue("body", "required", Text.of("review.narrative-body-required")));
        }
        check("effective", text.effective(), errors);
        check("issuesAndFixes", text.issuesAndFixes(), errors);
        check("nextSteps", text.nextSteps(), errors);
        return errors;
    }

    private static void check(String field, String value, List<FieldIssue> errors) {
        if (value == null) {
            errors.add(new FieldIssue(field, "required", Text.of("review.narrative-text-required")));
        } else if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            errors.add(FieldIssue.of(field, "too-long", "max", MAX_LENGTH));
        } else if (!PlainText.isMultiline(value)) {
            errors.add(FieldIssue.of(field, "control-character"));
        }
    }
}
