package io.mezasu.plan.domain.wording;

/**
 * The wording cannot be read as a rule without guessing (曖昧な目標). The message says what could
 * not be read, in words an editor can act on; it is answered as 422 ambiguous-rule.
 */
public class AmbiguousWording extends RuntimeException {

    public AmbiguousWording(String message) {
        super(message, null, false, false);
    }
}
