package io.mezasu.measurement.projection;

import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.platform.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** Reads of the measurement projection. */
@ApplicationScoped
public class MeasurementQueries {

    /** One page of measurements, with the total so a client can page through. */
    public record MeasurementPage(int page, int size, long total, List<MeasurementView> items) {
    }

    private final MeasurementConfig config;

    public MeasurementQueries(MeasurementConfig config) {
        this.config = config;
    }

    @Transactional
    public MeasurementView get(UUID id) {
        MeasurementEntity row = MeasurementEntity.findById(id);
        if (row == null) {
            throw ProblemException.notFound("No measurement " + id + " (a just-accepted one shows within moments)");
        }
        return MeasurementView.of(row);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        List<MeasurementHistoryEntity> rows = MeasurementHistoryEntity.list("measurementId", Sort.ascending("version"), id);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No measurement " + id);
        }
        return rows.stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public MeasurementPage list(String plan, String target, String source, LocalDate from, LocalDate to,
            Integer page, Integer size) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? config.defaultPageSize() : Math.min(size, config.maxPageSize());
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "planKey", "=", plan);
        filter(where, params, "targetCode", "=", target);
        filter(where, params, "source", "=", source);
        filter(where, params, "observedOn", ">=", from);
        filter(where, params, "observedOn", "<=", to);
        var query = params.isEmpty()
                ? MeasurementEntity.<MeasurementEntity>findAll(Sort.ascending("observedOn", "id"))
                : MeasurementEntity.<MeasurementEntity>find(where.toString(), Sort.ascending("observedOn", "id"), params);
        List<MeasurementView> items = query.page(Page.of(pageIndex, pageSize)).list().stream()
                .map(MeasurementView::of).toList();
        return new MeasurementPage(pageIndex, pageSize, query.count(), items);
    }

    private static void filter(StringJoiner where, Map<String, Object> params, String field, String op, Object value) {
        if (value != null) {
            String name = field + params.size();
            where.add(field + " " + op + " :" + name);
            params.put(name, value);
        }
    }
}
