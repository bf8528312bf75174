package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.DesiredState;
import io.mezasu.plan.domain.Initiative;
import io.mezasu.plan.domain.ManagementIssue;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanDocuments;
import io.mezasu.plan.domain.Strategy;
import io.mezasu.plan.domain.Target;
import io.mezasu.plan.domain.wording.TargetGrammar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A plan document as the three tables ward staff keep: 計画, 目標 and 予算. Every cell is written out in full. */
final class PlanSheetWriter {

    private PlanSheetWriter() {
    }

    static SheetBook write(PlanDocument plan) {
        Map<SheetTable.Kind, SheetTable> tables = new EnumMap<>(SheetTable.Kind.class);
        tables.put(SheetTable.Kind.PLAN, table(SheetTable.Kind.PLAN, PlanItemColumn.values(), planRows(plan)));
        tables.put(SheetTable.Kind.TARGETS, table(SheetTable.Kind.TARGETS, TargetColumn.values(), targetRows(plan)));
        tables.put(SheetTable.Kind.BUDGETS, table(SheetTable.Kind.BUDGETS, BudgetColumn.values(), budgetRows(plan)));
        return new SheetBook(tables);
    }

    private static SheetTable table(SheetTable.Kind kind, SheetColumn[] columns, List<List<String>> rows) {
        List<String> header = List.of(columns).stream().map(SheetColumn::header).toList();
        List<SheetTable.Row> numbered = new ArrayList<>();
        for (List<String> row : rows) {
            numbered.add(new SheetTable.Row(numbered.size() + 2, row));
        }
        return new SheetTable(kind, new SheetTable.Row(1, header), numbered);
    }

    private static List<List<String>> planRows(PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        item(rows, PlanItem.KEY, plan.key());
        item(rows, PlanItem.WARD, plan.ward());
        item(rows, PlanItem.TITLE, plan.title());
        item(rows, PlanItem.DATE_OF_ISSUE, plan.dateOfIssue());
        item(rows, PlanItem.DATE_OF_ISSUE_LABEL, plan.dateOfIssueLabel());
        if (plan.fiscalYear() != null) {
            item(rows, PlanItem.FISCAL_YEAR, plan.fiscalYear().label());
            item(rows, PlanItem.FISCAL_YEAR_START, plan.fiscalYear().start());
            item(rows, PlanItem.FISCAL_YEAR_END, plan.fiscalYear().end());
        }
        item(rows, PlanItem.FOLLOWS, plan.follows() == null ? null : plan.follows().plan());
        item(rows, PlanItem.WARD_GOAL, plan.wardGoal());
        item(rows, PlanItem.MISSION, plan.mission());
        item(rows, PlanItem.BASIC_APPROACH, plan.basicApproach());
        if (plan.source() != null) {
            item(rows, PlanItem.SOURCE_DOCUMENT, plan.source().document());
            item(rows, PlanItem.SOURCE_TITLE, plan.source().title());
            plan.source().notes().forEach(note -> item(rows, PlanItem.SOURCE_NOTE, note));
        }
        if (plan.areas() != null) {
            item(rows, PlanItem.AREAS_SOURCE, plan.areas().source());
            plan.areas().names().forEach(name -> item(rows, PlanItem.AREA, name));
        }
        return rows;
    }

    private static void item(List<List<String>> rows, PlanItem item, Object value) {
        if (value != null) {
            rows.add(List.of(item.label(), value.toString()));
        }
    }

    private static List<List<String>> targetRows(PlanDocument plan) {
        Map<String, String> moved = plan.follows() == null ? Map.of() : plan.follows().targets();
        List<List<String>> rows = new ArrayList<>();
        for (ManagementIssue issue : plan.issues()) {
            if (issue.strategies().isEmpty()) {
                rows.add(new Line(issue, null, null, null).cells(moved));
            }
            for (Strategy strategy : issue.strategies()) {
                if (strategy.initiatives().isEmpty()) {
                    rows.add(new Line(issue, strategy, null, null).cells(moved));
                }
                for (Initiative initiative : strategy.initiatives()) {
                    if (initiative.targets().isEmpty()) {
                        rows.add(new Line(issue, strategy, initiative, null).cells(moved));
                    }
                    for (Target target : initiative.targets()) {
                        rows.add(new Line(issue, strategy, initiative, target).cells(moved));
                    }
                }
            }
        }
        return rows;
    }

    private static List<List<String>> budgetRows(PlanDocument plan) {
        List<List<String>> rows = new ArrayList<>();
        for (ManagementIssue issue : plan.issues()) {
            for (ManagementIssue.PriorityProject project : issue.projects()) {
                rows.add(List.of(Integer.toString(issue.number()), text(project.title()),
                        project.budgetThousandYen() == null ? "-" : project.budgetThousandYen().toString()));
            }
        }
        return rows;
    }

    /** One row of the 目標 table: a target with its ancestors, or an ancestor that has nothing below it. */
    private record Line(ManagementIssue issue, Strategy strategy, Initiative initiative, Target target) {

        /** {@code moved}: follows.targets; only those explicit entries are written, blank means the same code. */
        List<String> cells(Map<String, String> moved) {
            Map<TargetColumn, String> cells = new EnumMap<>(TargetColumn.class);
            cells.put(TargetColumn.ISSUE, Integer.toString(issue.number()));
            cells.put(TargetColumn.ISSUE_TITLE, issue.title());
            cells.put(TargetColumn.ISSUE_OVERVIEW, issue.overview());
            if (strategy != null) {
                cells.put(TargetColumn.STRATEGY, strategy.code());
                cells.put(TargetColumn.STRATEGY_TITLE, strategy.title());
                cells.put(TargetColumn.DESIRED_STATES, lines(strategy.desiredStates(), DesiredState::text));
                cells.put(TargetColumn.DESIRED_STATE_NOTES, notes(strategy.desiredStates()));
            }
            if (initiative != null) {
                cells.put(TargetColumn.INITIATIVE, initiative.code());
                cells.put(TargetColumn.INITIATIVE_TITLE, initiative.title());
                cells.put(TargetColumn.REPRINT_OF, initiative.reprintOf());
            }
            if (target != null) {
                cells.put(TargetColumn.TARGET, target.code());
                cells.put(TargetColumn.INDICATOR, target.indicator());
                cells.put(TargetColumn.TARGET_TEXT, target.targetText());
                cells.put(TargetColumn.PAIRING, Pairings.label(target.pairing()));
                cells.put(TargetColumn.PAIRING_NOTE, target.pairingNote());
                cells.put(TargetColumn.RULE, ruleUnlessProposed(target));
                cells.put(TargetColumn.PREVIOUS_CODE, moved.get(target.code()));
            }
            return List.of(TargetColumn.values()).stream().map(c -> text(cells.get(c))).toList();
        }
    }

    /**
     * The rule as JSON only where reading the wording would not give it back: a rule the grammar re-proposes
     * travels as the wording alone, so the sheet stays the plan as people write it.
     */
    static String ruleUnlessProposed(Target target) {
        if (target.rule() == null) {
            return null;
        }
        String rule = PlanDocuments.writePart(target.rule());
        String proposed = TargetGrammar.tryPropose(target.indicator(), target.targetText())
                .map(p -> PlanDocuments.writePart(p.rule())).orElse(null);
        return rule.equals(proposed) ? null : rule;
    }

    private static String lines(List<DesiredState> states, Function<DesiredState, String> part) {
        return String.join("\n", states.stream().map(part).map(PlanSheetWriter::text).toList());
    }

    /** Line n notes desired state n; trailing blank lines are dropped, so a strategy with none inferred has none. */
    private static String notes(List<DesiredState> states) {
        String notes = lines(states, s -> s.isInferred() ? s.placementNote() : "");
        return notes.replaceAll("\n+$", "");
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
