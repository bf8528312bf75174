package io.mezasu.measurement.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What this service knows of one published plan version. */
public record CatalogPlan(
        String key,
        int version,
        String title,
        LocalDate fiscalYearStart,
        LocalDate fiscalYearEnd,
        int targets,
        String contentHash,
        OffsetDateTime publishedAt,
        OffsetDateTime receivedAt) {
}
