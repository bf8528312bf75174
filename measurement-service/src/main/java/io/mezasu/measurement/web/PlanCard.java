package io.mezasu.measurement.web;

/** A published plan on the front page, with its headline figures. */
public record PlanCard(String key, String title, String ward, String fiscalYearLabel, RollupView rollup) {
}
