package io.mezasu.measurement.webhook;

import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.platform.problem.Text;

/**
 * Why webhooks may not go to a URL (配信先の拒否理由): a stable {@code code} ({@code not-absolute}, {@code scheme},
 * {@code credentials}, {@code fragment}, {@code unresolved}, {@code non-public}, {@code plain-http}) and the
 * {@link Text} that explains it. A subscription request is answered with the text in the caller's language; a
 * delivery log keeps {@link #logged()}, in English, because it is stored data read later by anyone.
 */
public record AddressRefusal(String code, Text reason) {

    /** The delivery log's {@code lastError}: {@code refused <code>: <English reason>}. */
    public String logged() {
        return "refused " + code + ": " + ProblemTexts.resolve(reason, ProblemLanguage.EN);
    }
}
