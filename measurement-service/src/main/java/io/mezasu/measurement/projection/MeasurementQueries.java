package io.mezasu.measurement.projection;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.security.VendorScope;
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
        return get(id, null);
    }

    /**
     * One measurement, if {@code scope} (null: any) covers it. Outside the scope it is the very same 404 as a
     * missing id, so that probing ids tells a vendor nothing about others' data.
     */
    @Transactional
    public MeasurementView get(UUID id, VendorScope scope) {
        return reads.get(id).filter(v -> covers(scope, v)).orElseThrow(() -> ProblemException.notFound(
                Text.of("measurement.not-found-yet", "id", id)));
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        return history(id, null);
    }

    /** Every version, if {@code scope} (null: any) covers the current one; else the 404 of a missing id. */
    @Transactional
    public List<HistoryEntry> history(UUID id, VendorScope scope) {
        boolean hidden = scope != null && reads.get(id).filter(v -> covers(scope, v)).isEmpty();
        List<HistoryEntry> entries = hidden ? List.of() : reads.history(id);
        if (entries.isEmpty()) {
            throw ProblemException.notFound(Text.of("measurement.not-found", "id", id));
        }
        return entries;
    }

    private static boolean covers(VendorScope scope, MeasurementView view) {
        return scope == null || scope.permits(view.plan(), view.target(), view.measurement().source());
    }

    @Transactional
    public MeasurementPage list(String plan, String target, String source, LocalDate from, LocalDate to,
            Integer page, Integer size) {
        return list(plan, target, source, from, to, page, size, null);
    }

    /** A page of what the filters and {@code scope} (null: any) both allow; totals count only that. */
    @Transactional
    public MeasurementPage list(String plan, String target, String source, LocalDate from, LocalDate to,
            Integer page, Integer size, VendorScope scope) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? config.defaultPageSize() : Math.min(size, config.maxPageSize());
        MeasurementReads.Filter filter = new MeasurementReads.Filter(plan, target, source, from, to, scope);
        return new MeasurementPage(pageIndex, pageSize, reads.count(filter), reads.page(filter, pageIndex, pageSize));
    }
}
