package io.mezasu.plan.sheet;

import io.mezasu.platform.problem.Text;

/**
 * One problem of an imported sheet, where the user will look for it: the sheet (目標, 予算, 計画), the row number
 * Excel shows, and the column by letter and header. {@code row} and {@code column} are null where the problem
 * is the whole sheet or the whole row. {@code message} is a key into the problem bundles with its arguments, put
 * into the reader's language only when the answer is written (the 422's errors, sheetProblems, validationCells).
 */
public record SheetProblem(String sheet, Integer row, String column, String header, String code, Text message) {

    /** Excel's reference to the place: {@code 目標!M5}, {@code 目標!5:5} for a row, {@code 目標} for a sheet. */
    public String reference() {
        if (row == null) {
            return sheet;
        }
        return sheet + "!" + (column == null ? row + ":" + row : column + row);
    }

    /** The column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
