package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.OsakaLabel;
import io.mezasu.measurement.domain.evaluation.Status;

/**
 * A status as the pages show it: a symbol, words and a colour, so that none of the three is needed alone. The
 * words are Osaka's (達成, 順調でない) where the evaluation has a label, and the status otherwise (データなし).
 *
 * @param code     the machine status, for filters and tests
 * @param css      st-met, st-missed, st-progress or st-none
 * @param symbol   ○, ×, △ or － as Japanese forms mark them (decorative: the words carry the meaning)
 */
public record StatusBadge(String code, String words, String css, String symbol) {

    static StatusBadge of(Evaluation evaluation, Texts texts) {
        if (evaluation == null) {
            return of(Status.NO_DATA, null, texts);
        }
        return of(evaluation.status(), evaluation.osakaLabel(), texts);
    }

    static StatusBadge of(Status status, OsakaLabel label, Texts texts) {
        String words = label != null ? texts.status(labelCode(label)) : texts.status(status.name());
        Kind kind = kind(status, label);
        return new StatusBadge(status.name(), words, kind.css, kind.symbol);
    }

    /** Osaka's four labels as the status words that say the same. */
    private static String labelCode(OsakaLabel label) {
        return switch (label) {
            case ACHIEVED -> "ACHIEVED";
            case NOT_ACHIEVED -> "NOT_ACHIEVED";
            case ON_TRACK -> "ON_TRACK";
            case NOT_ON_TRACK -> "BEHIND";
        };
    }

    private enum Kind {
        MET("st-met", "○"), MISSED("st-missed", "×"), PROGRESS("st-progress", "△"), NONE("st-none", "－");

        final String css;
        final String symbol;

        Kind(String css, String symbol) {
            this.css = css;
            this.symbol = symbol;
        }
    }

    private static Kind kind(Status status, OsakaLabel label) {
        boolean missed = label != null ? label == OsakaLabel.NOT_ACHIEVED || label == OsakaLabel.NOT_ON_TRACK
                : status == Status.NOT_ACHIEVED || status == Status.BEHIND || status == Status.NOT_DONE;
        if (missed) {
            return Kind.MISSED;
        }
        if (status == Status.IN_PROGRESS) {
            return Kind.PROGRESS;
        }
        return status.isAssessable() ? Kind.MET : Kind.NONE;
    }
}
