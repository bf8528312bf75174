package io.mezasu.plan.sheet;

import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.PlainText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one table through its header: which column holds what, and every problem of the header itself (an unknown,
 * repeated or missing column) or of a cell (too long, control characters), each with its row and column.
 */
final class TableReader<C extends Enum<C> & SheetColumn> {

    private final SheetTable table;
    private final Map<C, Integer> index;
    private final List<SheetProblem> problems;

    TableReader(SheetTable table, Class<C> columns, SheetLimits limits, List<SheetProblem> problems) {
        this.table = table;
        this.problems = problems;
        this.index = new EnumMap<>(columns);
        readHeader(columns);
        for (SheetTable.Row row : table.rows()) {
            checkCells(row, limits);
        }
    }

    List<SheetTable.Row> rows() {
        return table.rows();
    }

    List<SheetProblem> problems() {
        return problems;
    }

    String sheet() {
        return table.kind().title();
    }

    boolean has(C column) {
        return index.containsKey(column);
    }

    /** The cell's text, line breaks as \n; blank when the sheet has no such column. */
    String get(SheetTable.Row row, C column) {
        Integer at = index.get(column);
        return at == null ? "" : row.cell(at);
    }

    /** The column's letter and header as this sheet has them, or null when the sheet lacks the column. */
    SheetImport.Cell cell(C column) {
        Integer at = index.get(column);
        return at == null ? null : new SheetImport.Cell(SheetProblem.letter(at), column.header());
    }

    void problem(SheetTable.Row row, C column, String code, Text message) {
        problems.add(at(row.number(), column, code, message));
    }

    SheetProblem at(int row, C column, String code, Text message) {
        Integer at = index.get(column);
        String letter = at == null ? null : SheetProblem.letter(at);
        return new SheetProblem(sheet(), row, letter, column.header(), code, message);
    }

    private void readHeader(Class<C> columns) {
        List<String> headings = table.header().cells();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            if (heading.isBlank()) {
                continue;
            }
            C column = named(columns, heading);
            if (column == null) {
                headerProblem(i, heading, "unknown-column", Text.of("sheet.unknown-column", "heading",
                        heading.strip(), "sheet", sheet()));
            } else if (index.putIfAbsent(column, i) != null) {
                headerProblem(i, heading, "duplicate-column", Text.of("sheet.duplicate-column", "column",
                        column.header()));
            }
        }
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !index.containsKey(column)) {
                problems.add(new SheetProblem(sheet(), table.header().number(), null, column.header(),
                        "missing-column", Text.of("sheet.missing-column", "column", column.header(), "alias",
                        column.alias())));
            }
        }
    }

    private void headerProblem(int i, String heading, String code, Text message) {
        problems.add(new SheetProblem(sheet(), table.header().number(), SheetProblem.letter(i), heading.strip(), code,
                message));
    }

    /** A value under no header would be read by nothing: refused, as an unknown column is. */
    private void checkHeadless(SheetTable.Row row) {
        List<String> headings = table.header().cells();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank() && (i >= headings.size() || headings.get(i).isBlank())) {
                problems.add(new SheetProblem(sheet(), row.number(), SheetProblem.letter(i), null, "headless-cell",
                        Text.of("sheet.headless-cell")));
            }
        }
    }

    private void checkCells(SheetTable.Row row, SheetLimits limits) {
        checkHeadless(row);
        index.forEach((column, at) -> {
            String cell = row.cell(at);
            if (cell.length() > limits.maxCellLength()) {
                problem(row, column, "cell-too-long", Text.of("sheet.cell-too-long", "length", cell.length(),
                        "max", limits.maxCellLength()));
            }
            checkCharacters(row, column, cell);
        });
    }

    /**
     * The platform's rule for text we accept ({@link PlainText}): no control character and no unpaired surrogate,
     * as the JSON API refuses them; line breaks (and tabs) only where the column is multi-line (めざす状態, notes).
     */
    private void checkCharacters(SheetTable.Row row, C column, String cell) {
        int at = PlainText.firstForbidden(cell, column.multiline());
        if (at < 0) {
            return;
        }
        char bad = cell.charAt(at);
        problem(row, column, "control-character", bad == '\n' || bad == '\r'
                ? Text.of("sheet.line-break")
                : Text.of("sheet.control-character", "character", String.format("U+%04X", (int) bad)));
    }

    private static <C extends Enum<C> & SheetColumn> C named(Class<C> columns, String heading) {
        for (C column : columns.getEnumConstants()) {
            if (column.names(heading)) {
                return column;
            }
        }
        return null;
    }
}
