package io.mezasu.measurement.ingest;

import io.mezasu.platform.problem.Problem;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * {@code mezasu_measurements_total{outcome, code}}: what became of every measurement a vendor sent — recorded,
 * corrected, ignored (identical resubmission), retracted, or rejected with its problem code — and
 * {@code mezasu_measurement_batch_rows}. Counted from the answers themselves, so every write path (single, JSON and
 * CSV batches, retractions, refusals by security or validation) is counted the same way, after the fact.
 */
@Provider
public class IngestMetrics implements ContainerResponseFilter {

    private static final String PATH = "api/v1/measurements";

    private final MeterRegistry registry;
    private final DistributionSummary batchRows;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batchRows = DistributionSummary.builder("mezasu.measurement.batch.rows")
                .description("Rows per batch request (dry runs included)").register(registry);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!request.getUriInfo().getPath().startsWith("/" + PATH) && !request.getUriInfo().getPath().startsWith(PATH)
                || !("POST".equals(method) || "DELETE".equals(method))) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof AcceptedResponse accepted) {
            count(accepted.outcome().name().toLowerCase(Locale.ROOT), "", 1);
        } else if (entity instanceof ImportSummary summary) {
            batch(summary);
        } else if (response.getStatus() >= 400) {
            count("rejected", code(entity, response.getStatus()), 1);
        }
    }

    private void batch(ImportSummary summary) {
        batchRows.record(summary.counts().total());
        if (summary.dryRun()) {
            return;
        }
        ImportSummary.Counts c = summary.counts();
        count("recorded", "", c.imported());
        count("corrected", "", c.updated());
        count("ignored", "", c.ignored());
        if (c.rejected() > 0) {
            summary.conflicts().forEach(conflict -> count("rejected", conflict.code(), 1));
        }
    }

    private void count(String outcome, String code, int n) {
        if (n > 0) {
            registry.counter("mezasu.measurements", "outcome", outcome, "code", code == null ? "" : code).increment(n);
        }
    }

    /** The problem's stable code: the last part of its type URI (urn:mezasu:problem:validation-failed). */
    private static String code(Object entity, int status) {
        if (entity instanceof Problem problem && problem.type() != null) {
            String type = problem.type().toString();
            return type.substring(type.lastIndexOf(':') + 1);
        }
        return "http-" + status;
    }
}
