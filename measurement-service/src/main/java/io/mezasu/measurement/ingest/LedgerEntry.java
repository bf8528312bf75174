package io.mezasu.measurement.ingest;

import io.mezasu.measurement.domain.measurement.SourceRef;
import java.util.UUID;

/** What the ledger holds for one (source, source id): where it points and what it last said. */
public record LedgerEntry(SourceRef ref, UUID measurementId, String plan, String target, String contentHash,
        boolean retracted) {
}
