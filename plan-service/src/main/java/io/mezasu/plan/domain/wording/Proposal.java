package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule;
import java.util.List;

/** A rule read from a wording (提案ルール), with notes on what was read in rather than stated. */
public record Proposal(TargetRule rule, List<String> notes) {

    public Proposal {
        notes = List.copyOf(notes);
    }
}
