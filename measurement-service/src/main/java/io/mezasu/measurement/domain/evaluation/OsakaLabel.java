package io.mezasu.measurement.domain.evaluation;

/**
 * The wording Osaka City's 区運営方針 reviews use; in JSON the label is its Japanese text (達成), which is what
 * the ward publishes, while {@link Status} stays the machine value. Milestones: in-year, DONE and IN_PROGRESS are
 * 順調 (work under way mid-year is the expected course) and NOT_DONE is 順調でない; at year end only
 * DONE is 達成. No label for NO_DATA or BASELINE_PENDING: nothing was judged.
 */
public enum OsakaLabel {
    ON_TRACK("順調", "on track"),
    NOT_ON_TRACK("順調でない", "not on track"),
    ACHIEVED("達成", "achieved"),
    NOT_ACHIEVED("未達成", "not achieved");

    private final String text;
    private final String english;

    OsakaLabel(String text, String english) {
        this.text = text;
        this.english = english;
    }

    /** The Japanese label, as published: 達成. */
    public String text() {
        return text;
    }

    /** The same in English, for the English sentence. */
    public String english() {
        return english;
    }

    /**
     * The label written as {@code text} (達成) or, as evaluations stored before the labels were Japanese wrote it,
     * as the constant's name (ACHIEVED); null for null.
     */
    public static OsakaLabel parse(String written) {
        if (written == null) {
            return null;
        }
        for (OsakaLabel label : values()) {
            if (label.text.equals(written) || label.name().equals(written)) {
                return label;
            }
        }
        throw new IllegalArgumentException("not an Osaka label: " + written);
    }

    /** The label for a status in a mode, or null when nothing was judged. */
    public static OsakaLabel of(Status status, EvaluationMode mode) {
        return switch (status) {
            case NO_DATA, BASELINE_PENDING -> null;
            case ON_TRACK -> ON_TRACK;
            case BEHIND -> NOT_ON_TRACK;
            case ACHIEVED -> ACHIEVED;
            case NOT_ACHIEVED -> NOT_ACHIEVED;
            case DONE -> mode == EvaluationMode.IN_YEAR ? ON_TRACK : ACHIEVED;
            case IN_PROGRESS -> mode == EvaluationMode.IN_YEAR ? ON_TRACK : NOT_ACHIEVED;
            case NOT_DONE -> mode == EvaluationMode.IN_YEAR ? NOT_ON_TRACK : NOT_ACHIEVED;
        };
    }
}
