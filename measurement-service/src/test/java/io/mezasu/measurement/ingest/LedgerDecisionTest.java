package io.mezasu.measurement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mezasu.measurement.domain.measurement.SourceRef;
import io.mezasu.measurement.ingest.LedgerDecision.Kind;
import io.mezasu.measurement.ingest.LedgerDecision.Upserted;
import org.junit.jupiter.api.Test;

/** The two ways of deciding (a dry run's read, the upsert's answer) agree on every case. */
class LedgerDecisionTest {

    static final SourceRef REF = new SourceRef("vendor", "row-1");
    static final LedgerEntry WANTED = entry("minato-fy2019", "1-1-1-1", "h2", false);

    static LedgerEntry entry(String plan, String target, String hash, boolean retracted) {
        return new LedgerEntry(REF, REF.measurementId(), plan, target, hash, retracted);
    }

    @Test
    void nothingBeforeIsNew() {
        assertEquals(Kind.NEW, LedgerDecision.compare(WANTED, null).kind());
        assertEquals(Kind.NEW, LedgerDecision.fromUpsert(WANTED, new Upserted("minato-fy2019", "1-1-1-1", true)).kind());
    }

    @Test
    void otherContentIsACorrection() {
        assertEquals(Kind.CORRECTION, LedgerDecision.compare(WANTED, entry("minato-fy2019", "1-1-1-1", "h1", false)).kind());
        assertEquals(Kind.CORRECTION,
                LedgerDecision.fromUpsert(WANTED, new Upserted("minato-fy2019", "1-1-1-1", false)).kind());
    }

    @Test
    void sameContentAfterARetractionIsAReinstatementSoACorrection() {
        assertEquals(Kind.CORRECTION, LedgerDecision.compare(WANTED, entry("minato-fy2019", "1-1-1-1", "h2", true)).kind());
    }

    @Test
    void sameContentIsIdenticalAndTheUpsertReturnsNoRowForIt() {
        assertEquals(Kind.IDENTICAL, LedgerDecision.compare(WANTED, entry("minato-fy2019", "1-1-1-1", "h2", false)).kind());
        LedgerDecision none = LedgerDecision.fromUpsert(WANTED, null);
        assertEquals(Kind.IDENTICAL, none.kind());
        assertNull(none.owner());
    }

    @Test
    void anotherTargetNamesTheOwnerEitherWay() {
        LedgerDecision read = LedgerDecision.compare(WANTED, entry("minato-fy2019", "2-1-1-1", "h2", false));
        LedgerDecision upserted = LedgerDecision.fromUpsert(WANTED, new Upserted("minato-fy2019", "2-1-1-1", false));
        assertEquals(new LedgerDecision(Kind.OTHER_TARGET, "minato-fy2019/2-1-1-1"), read);
        assertEquals(read, upserted);
        assertEquals(Kind.OTHER_TARGET, LedgerDecision.fromUpsert(WANTED, new Upserted("other-plan", "1-1-1-1", false)).kind());
    }
}
