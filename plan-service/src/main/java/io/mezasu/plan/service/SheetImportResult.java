package io.mezasu.plan.service;

import io.mezasu.plan.sheet.SheetProblem;
import java.util.List;

/** The draft an imported sheet became, and where in the sheet each problem of its validation report lies. */
public record SheetImportResult(Draft draft, List<SheetProblem> located) {
}
