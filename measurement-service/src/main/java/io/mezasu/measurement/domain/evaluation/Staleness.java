package io.mezasu.measurement.domain.evaluation;

import java.time.LocalDate;

/**
 * Whether an evaluation computed on one day still holds when read on a later one. Most do: a ratio or a
 * score is judged the same whatever the date. Two things change with the calendar alone, with no new
 * measurement: the mode (中間振り返り turns into 年度末 once the fiscal year has ended), an in-year
 * pro-rata expectation, which grows every day, and a milestone's deadline (期限). Evaluations stored before they carried a sentence are
 * stale too, so that every evaluation read has one.
 */
public final class Staleness {

    private Staleness() {
    }

    /**
     * As {@link #isStale(Evaluation, EvaluationMode, LocalDate)}, and a milestone not done is stale once its
     * deadline has passed: the calendar alone turns it NOT_DONE (read again once a day, as pro rata is).
     */
    public static boolean isStale(Evaluation stored, TargetSpec spec, EvaluationMode modeOn, LocalDate on) {
        boolean undone = stored.status() == Status.IN_PROGRESS || stored.status() == Status.NOT_DONE;
        return isStale(stored, modeOn, on) || undone && spec.milestone() != null && spec.milestone().overdueOn(on);
    }

    /**
     * @param modeOn the mode the evaluation would take on {@code on}
     * @param on     the day it is read for: today, or the day of an as-of view
     */
    public static boolean isStale(Evaluation stored, EvaluationMode modeOn, LocalDate on) {
        return stored.sentence() == null
                || stored.mode() != modeOn
                || stored.proRataOn() != null && on.isAfter(stored.proRataOn());
    }
}
