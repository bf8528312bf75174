package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.Target.Pairing;

/** The 対応づけ cell: 明記 (the layout states the initiative, STATED) or 推定 (placed by meaning, INFERRED). */
final class Pairings {

    static final String STATED = "明記";
    static final String INFERRED = "推定";

    private Pairings() {
    }

    static String label(Pairing pairing) {
        if (pairing == null) {
            return null;
        }
        return pairing == Pairing.STATED ? STATED : INFERRED;
    }

    /** Blank reads as STATED: a row under its initiative is where the plan puts the target. Null: not a pairing. */
    static Pairing read(String cell) {
        String value = cell.strip();
        if (value.isEmpty() || value.equals(STATED) || value.equalsIgnoreCase("STATED")) {
            return Pairing.STATED;
        }
        return value.equals(INFERRED) || value.equalsIgnoreCase("INFERRED") ? Pairing.INFERRED : null;
    }
}
