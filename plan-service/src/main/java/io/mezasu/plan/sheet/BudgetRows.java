package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.ManagementIssue.PriorityProject;
import io.mezasu.platform.problem.Text;
import java.util.Map;

/**
 * The 予算 table: each project (主な事業) joins the 経営課題 the 目標 table declares. A blank 経営課題番号 means
 * the row above's; a blank or "-" amount means the plan shows none (予算額 "-").
 */
final class BudgetRows {

    private BudgetRows() {
    }

    static void read(TableReader<BudgetColumn> table, Map<Integer, Level.Issue> issues) {
        Integer previous = null;
        for (SheetTable.Row row : table.rows()) {
            String cell = table.get(row, BudgetColumn.ISSUE).strip();
            Integer number = cell.isEmpty() ? previous : parse(cell);
            Level.Issue issue = number == null ? null : issues.get(number);
            if (issue == null) {
                table.problem(row, BudgetColumn.ISSUE, "unknown-issue", cell.isEmpty() && previous == null
                        ? Text.of("sheet.issue-number-missing") : Text.of("sheet.unknown-issue", "issue", cell));
                continue;
            }
            previous = number;
            String title = table.get(row, BudgetColumn.PROJECT);
            if (title.isBlank()) {
                table.problem(row, BudgetColumn.PROJECT, "missing", Text.of("sheet.project-title-missing"));
            }
            issue.projects.add(new Level.ProjectRow(row.number(), new PriorityProject(title.isBlank() ? null : title,
                    amount(table, row))));
        }
    }

    private static Long amount(TableReader<BudgetColumn> table, SheetTable.Row row) {
        String cell = table.get(row, BudgetColumn.AMOUNT).strip().replace(",", "");
        if (cell.isEmpty() || cell.equals("-") || cell.equals("－")) {
            return null;
        }
        try {
            return Long.valueOf(cell);
        } catch (NumberFormatException e) {
            table.problem(row, BudgetColumn.AMOUNT, "invalid-amount", Text.of("sheet.invalid-amount", "value", cell));
            return null;
        }
    }

    private static Integer parse(String cell) {
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
