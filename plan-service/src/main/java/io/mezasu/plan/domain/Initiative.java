package io.mezasu.plan.domain;

import java.util.List;

/**
 * 具体的取組 {@code 1-1-1}. A reprint (再掲) has no targets of its own: {@code reprintOf} names the
 * initiative whose targets it shows (in the Minato plan, 3-3-1 reprints 3-1-2).
 */
public record Initiative(String code, String title, String reprintOf, List<Target> targets) {

    public Initiative {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** True for a 再掲: not serialized (no getter prefix), it follows from reprintOf. */
    public boolean reprint() {
        return reprintOf != null;
    }
}
