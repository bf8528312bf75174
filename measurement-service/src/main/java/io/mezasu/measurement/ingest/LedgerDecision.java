package io.mezasu.measurement.ingest;

import io.mezasu.measurement.domain.measurement.TargetKey;

/**
 * What the ledger (台帳) decided for one submission: a new measurement, a correction (訂正, a reinstatement
 * included), an identical resubmission, or a source id that already belongs to another target. Plain Java, so both
 * ways of deciding (the upsert's answer, and a dry run's read) are unit-tested against one another.
 *
 * @param owner the target the source id already belongs to ({@code {plan}/{target}}); only for
 *     {@link Kind#OTHER_TARGET}
 */
public record LedgerDecision(Kind kind, String owner) {

    public enum Kind { NEW, CORRECTION, IDENTICAL, OTHER_TARGET }

    /** One row of the upsert's RETURNING: the row as the statement left it, and whether it inserted it. */
    public record Upserted(String plan, String target, boolean inserted) {
    }

    private static final LedgerDecision NEW = new LedgerDecision(Kind.NEW, null);
    private static final LedgerDecision CORRECTION = new LedgerDecision(Kind.CORRECTION, null);
    private static final LedgerDecision IDENTICAL = new LedgerDecision(Kind.IDENTICAL, null);

    /** A dry run's decision, from the entry as it stands ({@code null}: none yet). */
    public static LedgerDecision compare(LedgerEntry wanted, LedgerEntry before) {
        if (before == null) {
            return NEW;
        }
        if (!sameTarget(wanted, before.plan(), before.target())) {
            return otherTarget(before.plan(), before.target());
        }
        return !before.retracted() && before.contentHash().equals(wanted.contentHash()) ? IDENTICAL : CORRECTION;
    }

    /**
     * The upsert's decision. It returns only the rows it inserted or changed, and it changes a row of another target
     * to itself (so the row comes back with its owner): no row means identical, a row of another plan or target means
     * that owner, otherwise new or a correction.
     */
    public static LedgerDecision fromUpsert(LedgerEntry wanted, Upserted row) {
        if (row == null) {
            return IDENTICAL;
        }
        if (!sameTarget(wanted, row.plan(), row.target())) {
            return otherTarget(row.plan(), row.target());
        }
        return row.inserted() ? NEW : CORRECTION;
    }

    private static boolean sameTarget(LedgerEntry wanted, String plan, String target) {
        return wanted.plan().equals(plan) && wanted.target().equals(target);
    }

    private static LedgerDecision otherTarget(String plan, String target) {
        return new LedgerDecision(Kind.OTHER_TARGET, TargetKey.of(plan, target));
    }
}
