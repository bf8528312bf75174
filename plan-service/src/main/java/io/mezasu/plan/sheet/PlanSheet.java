package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.PlanDocument;

/**
 * A plan as ward staff keep it in a spreadsheet (表計算): three tables, 計画 (plan-level items), 目標 (one row
 * per target with its 経営課題, 戦略, めざす状態 and 具体的取組) and 予算 (one row per priority project). Pure Java:
 * the CSV and XLSX forms of the tables are {@link CsvSheets} and {@link XlsxSheets}.
 * <p>
 * Rules travel as the wording: a target without a 判定ルール cell gets the grammar's proposal (PROPOSED) in the
 * draft. Only where the grammar would not give the rule back does the export write it as JSON, and an import takes
 * such a rule as written (CONFIRMED). Exporting a plan and importing it therefore gives the same plan.
 */
public final class PlanSheet {

    private PlanSheet() {
    }

    public static SheetBook write(PlanDocument plan) {
        return PlanSheetWriter.write(plan);
    }

    /** The plan a sheet states, its key from {@code keyFromQuery} when given, else from its 計画キー row. */
    public static SheetImport read(SheetBook book, String keyFromQuery, SheetLimits limits) {
        return PlanSheetReader.read(book, keyFromQuery, limits);
    }
}
