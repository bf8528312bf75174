package io.mezasu.measurement.domain.evaluation;

import java.util.Objects;

/**
 * One plain sentence saying what an evaluation found, for people rather than programs: the ward's own
 * wording in Japanese, and an English counterpart saying the same.
 *
 * @param ja e.g. 「目標 55.0％以上に対し 41.2％（未達成）。」
 * @param en e.g. "41.2% against a target of at least 55.0% (not achieved)."
 */
public record Sentence(String ja, String en) {

    public Sentence {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }
}
