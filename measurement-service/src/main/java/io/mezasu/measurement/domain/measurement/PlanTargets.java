package io.mezasu.measurement.domain.measurement;

import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ingest needs to know of a published plan (区運営方針), read from this service's own catalog:
 * its fiscal year, the 地域 list behind 全地域, and the kind of every target.
 */
public record PlanTargets(String key, int version, int fiscalYear, List<String> areas,
        Map<String, TargetKind> targets) {

    public PlanTargets {
        areas = List.copyOf(areas);
        targets = Map.copyOf(targets);
    }

    public Optional<TargetKind> target(String code) {
        return Optional.ofNullable(targets.get(code));
    }

    /**
     * A target's measuring facts: the kind of measurement it takes, its score scale, and whether its
     * baseline (前年度, 前年同時期) is measured in the previous fiscal year.
     */
    public record TargetKind(String code, Measurement.Kind takes, Integer scale, boolean previousYearBaseline) {
    }

    /** The plan's 年度, as {@link FiscalPeriod} defines it for ingest and evaluation alike. */
    public FiscalPeriod period() {
        return FiscalPeriod.of(fiscalYear);
    }
}
