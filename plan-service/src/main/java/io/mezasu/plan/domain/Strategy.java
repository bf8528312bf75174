package io.mezasu.plan.domain;

import java.util.List;

/** 戦略 {@code 1-1}: a strategy with its desired states (めざす状態) and initiatives. */
public record Strategy(String code, String title, List<DesiredState> desiredStates, List<Initiative> initiatives) {

    public Strategy {
        desiredStates = desiredStates == null ? List.of() : List.copyOf(desiredStates);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }
}
