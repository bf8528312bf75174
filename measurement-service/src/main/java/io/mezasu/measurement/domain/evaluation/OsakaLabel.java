package io.mezasu.measurement.domain.evaluation;

/**
 * The wording Osaka City's 区運営方針 reviews use. Milestones: in-year, DONE and IN_PROGRESS are
 * 順調 (work under way mid-year is the expected course) and NOT_DONE is 順調でない; at year end only
 * DONE is 達成. No label for NO_DATA or BASELINE_PENDING: nothing was judged.
 */
public enum OsakaLabel {
    ON_TRACK("順調"),
    NOT_ON_TRACK("順調でない"),
    ACHIEVED("達成"),
    NOT_ACHIEVED("未達成");

    private final String text;

    OsakaLabel(String text) {
        this.text = text;
    }

    public String text() {
        return text;
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
