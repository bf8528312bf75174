package io.mezasu.measurement.projection;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads of the measurement projection. */
@ApplicationScoped
public class MeasurementQueries {

    /** One page of measurements, with the total so a client can page through. */
    public record MeasurementPage(int page, int size, long total, List<MeasurementView> items) {
    }

    private final MeasurementConfig config;
    private final MeasurementReads reads;

    public MeasurementQueries(MeasurementConfig config, MeasurementReads reads) {
        this.config = config;
        this.reads = reads;
    }

    @Transactional
    public MeasurementView get(UUID id) {
        return reads.get(id).orElseThrow(() -> ProblemException.notFound("No measurement " + id
                + " (a just-accepted one shows within moments)"));
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        List<HistoryEntry> entries = reads.history(id);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("No measurement " + id);
        }
        return entries;
    }

    @Transactional
    public MeasurementPage list(String plan, String target, String source, LocalDate from, LocalDate to,
            Integer page, Integer size) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? config.defaultPageSize() : Math.min(size, config.maxPageSize());
        MeasurementReads.Filter filter = new MeasurementReads.Filter(plan, target, source, from, to);
        return new MeasurementPage(pageIndex, pageSize, reads.count(filter), reads.page(filter, pageIndex, pageSize));
    }
}
