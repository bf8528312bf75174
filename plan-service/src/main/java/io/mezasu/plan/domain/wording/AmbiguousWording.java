package io.mezasu.plan.domain.wording;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wording cannot be read as a rule without guessing (曖昧な目標). It says what could not be read, in words an
 * editor can act on: the key of a text in the service's problem bundles ({@code wording.<reason>}) and its named
 * arguments, put into the reader's language when answered as 422 ambiguous-rule.
 */
public class AmbiguousWording extends RuntimeException {

    private final String key;
    private final Map<String, Object> args;

    /** {@code new AmbiguousWording("hedged", "text", original)}: text {@code wording.hedged}. */
    public AmbiguousWording(String reason, Object... namesAndValues) {
        super("wording." + reason, null, false, false);
        this.key = "wording." + reason;
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            named.put(String.valueOf(namesAndValues[i]), value == null ? "-" : value);
        }
        this.args = Map.copyOf(named);
    }

    public String key() {
        return key;
    }

    public Map<String, Object> args() {
        return args;
    }
}
