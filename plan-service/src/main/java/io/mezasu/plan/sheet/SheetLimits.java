package io.mezasu.plan.sheet;

/**
 * What an imported sheet may hold: the body in bytes and the data rows (beyond them: 413), the characters of one
 * cell (beyond: a problem with its cell). The Minato plan needs 116 rows and cells of up to 933 characters.
 */
public record SheetLimits(int maxBytes, int maxRows, int maxCellLength) {
}
