package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.DesiredState;
import io.mezasu.plan.domain.Follows;
import io.mezasu.plan.domain.Initiative;
import io.mezasu.plan.domain.ManagementIssue;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanValidator;
import io.mezasu.plan.domain.Strategy;
import io.mezasu.platform.problem.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan sheet read back into a plan document, with every problem of every cell and where each part came from. */
final class PlanSheetReader {

    private final SheetLimits limits;
    private final List<SheetProblem> problems = new ArrayList<>();
    private final Map<String, SheetImport.Origin> origins = new LinkedHashMap<>();

    private PlanSheetReader(SheetLimits limits) {
        this.limits = limits;
    }

    static SheetImport read(SheetBook book, String keyFromQuery, SheetLimits limits) {
        return new PlanSheetReader(limits).run(book, keyFromQuery);
    }

    private SheetImport run(SheetBook book, String keyFromQuery) {
        PlanItems items = book.table(SheetTable.Kind.PLAN)
                .map(t -> PlanItems.read(new TableReader<>(t, PlanItemColumn.class, limits, problems)))
                .orElseGet(PlanItems::none);
        SheetTable targetTable = book.table(SheetTable.Kind.TARGETS).orElse(null);
        if (targetTable == null) {
            problems.add(new SheetProblem(SheetTable.Kind.TARGETS.title(), null, null, null, "missing-sheet",
                    Text.of("sheet.missing-targets")));
            return new SheetImport(null, problems, origins);
        }
        TableReader<TargetColumn> targets = new TableReader<>(targetTable, TargetColumn.class, limits, problems);
        TargetRows tree = TargetRows.read(targets);
        TableReader<BudgetColumn> budgets = book.table(SheetTable.Kind.BUDGETS)
                .map(t -> new TableReader<>(t, BudgetColumn.class, limits, problems)).orElse(null);
        if (budgets != null) {
            BudgetRows.read(budgets, tree.issues);
        }
        String key = key(items, keyFromQuery);
        items.origins(origins, keyFromQuery != null);
        Follows follows = SheetFollows.read(items, tree, targets, origins);
        PlanDocument plan = new PlanDocument(key, items.text(PlanItem.WARD),
                items.text(PlanItem.TITLE), items.month(PlanItem.DATE_OF_ISSUE),
                items.text(PlanItem.DATE_OF_ISSUE_LABEL), items.fiscalYear(), items.text(PlanItem.WARD_GOAL),
                items.text(PlanItem.MISSION), items.text(PlanItem.BASIC_APPROACH), items.source(), items.areas(),
                issues(tree, targets, budgets), follows);
        return new SheetImport(problems.isEmpty() ? plan : null, problems, origins);
    }

    /** The query's key, else the sheet's 計画キー, which must then be a valid key. */
    private String key(PlanItems items, String keyFromQuery) {
        String key = keyFromQuery != null ? keyFromQuery : items.text(PlanItem.KEY);
        if (key == null) {
            problems.add(new SheetProblem(SheetTable.Kind.PLAN.title(), null, null, PlanItem.KEY.label(), "missing-key",
                    Text.of("sheet.missing-key")));
        } else if (keyFromQuery == null && !PlanValidator.KEY.matcher(key.strip()).matches()) {
            items.problem(PlanItem.KEY, "invalid-key", Text.of("sheet.invalid-key", "key", key));
        }
        return key == null ? null : key.strip();
    }

    private List<ManagementIssue> issues(TargetRows tree, TableReader<TargetColumn> targets,
            TableReader<BudgetColumn> budgets) {
        List<ManagementIssue> issues = new ArrayList<>();
        for (Level.Issue issue : tree.issues.values()) {
            String at = "/issues/" + issues.size();
            origin(at, targets, issue.row, Map.of("number", TargetColumn.ISSUE, "title", TargetColumn.ISSUE_TITLE,
                    "overview", TargetColumn.ISSUE_OVERVIEW));
            List<ManagementIssue.PriorityProject> projects = new ArrayList<>();
            for (Level.ProjectRow project : issue.projects) {
                origin(at + "/projects/" + projects.size(), budgets, project.row(),
                        Map.of("title", BudgetColumn.PROJECT, "budgetThousandYen", BudgetColumn.AMOUNT));
                projects.add(project.project());
            }
            List<Strategy> strategies = new ArrayList<>();
            for (Level.Strategy strategy : issue.strategies) {
                strategies.add(strategy(strategy, at + "/strategies/" + strategies.size(), targets));
            }
            issues.add(new ManagementIssue(issue.number, issue.title, issue.overview, projects, strategies));
        }
        return issues;
    }

    private Strategy strategy(Level.Strategy strategy, String at, TableReader<TargetColumn> targets) {
        origin(at, targets, strategy.row, Map.of("code", TargetColumn.STRATEGY, "title", TargetColumn.STRATEGY_TITLE,
                "desiredStates", TargetColumn.DESIRED_STATES));
        List<Initiative> initiatives = new ArrayList<>();
        for (Level.Initiative initiative : strategy.initiatives) {
            String here = at + "/initiatives/" + initiatives.size();
            origin(here, targets, initiative.row, Map.of("code", TargetColumn.INITIATIVE,
                    "title", TargetColumn.INITIATIVE_TITLE, "reprintOf", TargetColumn.REPRINT_OF));
            for (int t = 0; t < initiative.targets.size(); t++) {
                Level.TargetRow row = initiative.targets.get(t);
                TargetColumn ruleColumn = row.target().rule() != null ? TargetColumn.RULE : TargetColumn.TARGET_TEXT;
                origin(here + "/targets/" + t, targets, row.row(), Map.of("code", TargetColumn.TARGET,
                        "indicator", TargetColumn.INDICATOR, "targetText", TargetColumn.TARGET_TEXT,
                        "pairing", TargetColumn.PAIRING, "pairingNote", TargetColumn.PAIRING_NOTE,
                        "rule", ruleColumn, "ruleOrigin", ruleColumn));
            }
            initiatives.add(new Initiative(initiative.code, initiative.title, initiative.reprintOf,
                    initiative.targets.stream().map(Level.TargetRow::target).toList()));
        }
        List<DesiredState> states = strategy.desiredStates;
        return new Strategy(strategy.code, strategy.title, states, initiatives);
    }

    private <C extends Enum<C> & SheetColumn> void origin(String pointer, TableReader<C> table, int row,
            Map<String, C> fields) {
        Map<String, SheetImport.Cell> cells = new HashMap<>();
        fields.forEach((field, column) -> {
            SheetImport.Cell cell = table.cell(column);
            if (cell != null) {
                cells.put(field, cell);
            }
        });
        origins.put(pointer, new SheetImport.Origin(table.sheet(), row, cells));
    }
}
