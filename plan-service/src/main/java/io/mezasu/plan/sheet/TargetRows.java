package io.mezasu.plan.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mezasu.plan.domain.DesiredState;
import io.mezasu.plan.domain.PlanDocuments;
import io.mezasu.plan.domain.Target;
import io.mezasu.plan.domain.TargetRule;
import io.mezasu.platform.problem.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 目標 table read into the tree 経営課題 → 戦略 → 具体的取組 → 業績目標, in the order codes first appear.
 * <p>
 * A blank code cell means "same as the row above" (Excel users leave merged-looking blanks), but only under the
 * same parent: a row that names a new 経営課題 and leaves 戦略番号 blank has no strategy. Titles and other
 * per-level cells are read from the first row of their code; later rows may leave them blank or repeat them, and
 * a different text is a problem (which one would be meant?).
 */
final class TargetRows {

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern TARGET_CODE = Pattern.compile("[1-9]\\d{0,2}(-[1-9]\\d{0,2}){3}");

    final Map<Integer, Level.Issue> issues = new LinkedHashMap<>();
    private final Map<String, Level.Strategy> strategies = new LinkedHashMap<>();
    private final Map<String, Level.Initiative> initiatives = new LinkedHashMap<>();
    private final Map<String, Integer> targetRows = new LinkedHashMap<>();
    /** 前年度の目標番号 as written: this plan's target code → the followed plan's code it continues. */
    private final Map<String, String> previousCodes = new LinkedHashMap<>();
    private final TableReader<TargetColumn> table;
    private Path previous;

    /** The codes a row resolved to, for the next row's blanks. */
    private record Path(Integer issue, String strategy, String initiative) {
    }

    private TargetRows(TableReader<TargetColumn> table) {
        this.table = table;
    }

    static TargetRows read(TableReader<TargetColumn> table) {
        TargetRows rows = new TargetRows(table);
        table.rows().forEach(rows::row);
        return rows;
    }

    /** A row stops at its first wrong code: what follows it would only repeat the same problem. */
    private void row(SheetTable.Row row) {
        int problems = table.problems().size();
        Level.Issue issue = issue(row);
        if (issue == null) {
            return;
        }
        Level.Strategy strategy = strategy(row, issue);
        Level.Initiative initiative = strategy == null ? null : initiative(row, strategy);
        if (table.problems().size() > problems && (strategy == null || initiative == null)) {
            return;
        }
        previous = new Path(issue.number, strategy == null ? null : strategy.code,
                initiative == null ? null : initiative.code);
        target(row, initiative);
    }

    private Level.Issue issue(SheetTable.Row row) {
        String cell = table.get(row, TargetColumn.ISSUE).strip();
        Integer number = cell.isEmpty() && previous != null ? previous.issue() : null;
        if (number == null && !NUMBER.matcher(cell).matches()) {
            table.problem(row, TargetColumn.ISSUE, cell.isEmpty() ? "missing" : "invalid-code", cell.isEmpty()
                    ? Text.of("sheet.issue-number-missing") : Text.of("sheet.invalid-issue-number", "value", cell));
            return null;
        }
        int resolved = number != null ? number : Integer.parseInt(cell);
        Level.Issue issue = issues.computeIfAbsent(resolved, n -> new Level.Issue(n, row.number()));
        issue.title = settle(row, TargetColumn.ISSUE_TITLE, issue.title, Text.of("sheet.owner-issue", "code", resolved));
        issue.overview = settle(row, TargetColumn.ISSUE_OVERVIEW, issue.overview, Text.of("sheet.owner-issue", "code", resolved));
        return issue;
    }

    private Level.Strategy strategy(SheetTable.Row row, Level.Issue issue) {
        String code = code(row, TargetColumn.STRATEGY, issue.number.toString(),
                previous != null && issue.number.equals(previous.issue()) ? previous.strategy() : null);
        if (code == null) {
            return null;
        }
        Level.Strategy strategy = strategies.computeIfAbsent(code, c -> issue.add(new Level.Strategy(c, row.number())));
        strategy.title = settle(row, TargetColumn.STRATEGY_TITLE, strategy.title, Text.of("sheet.owner-strategy", "code", code));
        String states = settle(row, TargetColumn.DESIRED_STATES, strategy.statesCell, Text.of("sheet.owner-strategy", "code", code));
        String notes = settle(row, TargetColumn.DESIRED_STATE_NOTES, strategy.notesCell, Text.of("sheet.owner-strategy", "code", code));
        if (strategy.statesCell == null && states != null || strategy.notesCell == null && notes != null) {
            strategy.statesCell = states;
            strategy.notesCell = notes;
            strategy.desiredStates = desiredStates(row, states, notes);
        }
        return strategy;
    }

    private Level.Initiative initiative(SheetTable.Row row, Level.Strategy strategy) {
        String code = code(row, TargetColumn.INITIATIVE, strategy.code,
                previous != null && strategy.code.equals(previous.strategy()) ? previous.initiative() : null);
        if (code == null) {
            return null;
        }
        Level.Initiative initiative = initiatives.computeIfAbsent(code,
                c -> strategy.add(new Level.Initiative(c, row.number())));
        initiative.title = settle(row, TargetColumn.INITIATIVE_TITLE, initiative.title, Text.of("sheet.owner-initiative", "code", code));
        String reprint = settle(row, TargetColumn.REPRINT_OF, initiative.reprintOf, Text.of("sheet.owner-initiative", "code", code));
        initiative.reprintOf = reprint == null ? null : reprint.strip();
        return initiative;
    }

    private void target(SheetTable.Row row, Level.Initiative initiative) {
        String cell = table.get(row, TargetColumn.TARGET).strip();
        if (cell.isEmpty()) {
            if (!blank(row, TargetColumn.INDICATOR, TargetColumn.TARGET_TEXT, TargetColumn.PAIRING_NOTE,
                    TargetColumn.RULE, TargetColumn.PREVIOUS_CODE)) {
                table.problem(row, TargetColumn.TARGET, "missing", Text.of("sheet.target-code-missing"));
            }
            return;
        }
        if (initiative == null) {
            table.problem(row, TargetColumn.INITIATIVE, "missing", Text.of("sheet.initiative-code-missing",
                    "target", cell));
            return;
        }
        String code = code(row, TargetColumn.TARGET, initiative.code, null);
        if (code == null) {
            return;
        }
        Integer first = targetRows.putIfAbsent(code, row.number());
        if (first != null) {
            table.problem(row, TargetColumn.TARGET, "duplicate-code", Text.of("sheet.duplicate-target",
                    "target", code, "row", first));
            return;
        }
        initiative.targets.add(new Level.TargetRow(row.number(), targetOf(row, code)));
        previousCode(row, code);
    }

    /** The row of each target, by code. */
    Map<String, Integer> targetRows() {
        return targetRows;
    }

    /** The explicit continuations the 前年度の目標番号 column gives (follows.targets), in row order. */
    Map<String, String> previousCodes() {
        return previousCodes;
    }

    /** Whether the followed plan has that code is the draft's check (the sheet does not hold the followed plan). */
    private void previousCode(SheetTable.Row row, String code) {
        String cell = table.get(row, TargetColumn.PREVIOUS_CODE).strip();
        if (cell.isEmpty()) {
            return;
        }
        if (!TARGET_CODE.matcher(cell).matches()) {
            table.problem(row, TargetColumn.PREVIOUS_CODE, "invalid-code", Text.of("sheet.invalid-previous-code",
                    "value", cell, "target", code));
            return;
        }
        previousCodes.put(code, cell);
    }

    private Target targetOf(SheetTable.Row row, String code) {
        Target.Pairing pairing = Pairings.read(table.get(row, TargetColumn.PAIRING));
        if (pairing == null) {
            table.problem(row, TargetColumn.PAIRING, "invalid-pairing", Text.of("sheet.invalid-pairing", "value",
                    table.get(row, TargetColumn.PAIRING).strip()));
        }
        TargetRule rule = rule(row);
        return new Target(code, text(row, TargetColumn.INDICATOR), text(row, TargetColumn.TARGET_TEXT), pairing,
                text(row, TargetColumn.PAIRING_NOTE), rule, rule == null ? null : Target.RuleOrigin.CONFIRMED);
    }

    /** A rule written in the sheet is taken as written: the editor wrote it, so it counts as confirmed. */
    private TargetRule rule(SheetTable.Row row) {
        String json = table.get(row, TargetColumn.RULE).strip();
        if (json.isEmpty()) {
            return null;
        }
        try {
            return PlanDocuments.readPart(json, TargetRule.class);
        } catch (JsonProcessingException e) {
            // The parser's message names Jackson and Java types; the rule's shape is in docs/api-guide.md.
            table.problem(row, TargetColumn.RULE, "invalid-rule", Text.of("sheet.invalid-rule"));
            return null;
        }
    }

    /** The code of this level: the cell, or the inherited one when blank; it must extend its parent's code. */
    private String code(SheetTable.Row row, TargetColumn column, String parent, String inherited) {
        String cell = table.get(row, column).strip();
        if (cell.isEmpty()) {
            return inherited;
        }
        if (!cell.matches("[1-9]\\d{0,2}(-[1-9]\\d{0,2}){1,3}") || !cell.startsWith(parent + "-")
                || cell.substring(parent.length() + 1).contains("-")) {
            table.problem(row, column, "invalid-code", Text.of("sheet.code-not-under", "column", column.header(),
                    "value", cell, "parent", parent));
            return null;
        }
        return cell;
    }

    /** The first non-blank text of a per-level cell; a later different one is a problem. */
    private String settle(SheetTable.Row row, TargetColumn column, String current, Text owner) {
        String cell = table.get(row, column);
        if (cell.isBlank()) {
            return current;
        }
        if (current != null && !current.equals(cell)) {
            table.problem(row, column, "conflicting-value", Text.of("sheet.conflicting-value", "owner", owner,
                    "column", column.header()));
            return current;
        }
        return cell;
    }

    private List<DesiredState> desiredStates(SheetTable.Row row, String states, String notes) {
        List<String> texts = states == null ? List.of() : List.of(states.split("\n", -1));
        List<String> reasons = notes == null ? List.of() : List.of(notes.split("\n", -1));
        if (reasons.size() > texts.size()) {
            table.problem(row, TargetColumn.DESIRED_STATE_NOTES, "orphan-note", Text.of("sheet.orphan-note", "line",
                    reasons.size()));
        }
        List<DesiredState> desired = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String reason = i < reasons.size() && !reasons.get(i).isBlank() ? reasons.get(i) : null;
            desired.add(reason == null ? DesiredState.stated(texts.get(i)) : DesiredState.inferred(texts.get(i), reason));
        }
        return desired;
    }

    private String text(SheetTable.Row row, TargetColumn column) {
        String cell = table.get(row, column);
        return cell.isBlank() ? null : cell;
    }

    private boolean blank(SheetTable.Row row, TargetColumn... columns) {
        return List.of(columns).stream().allMatch(c -> table.get(row, c).isBlank());
    }
}
