package io.mezasu.plan.sheet;

import io.mezasu.platform.problem.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan sheet as an Excel workbook (Apache POI): the sheets 計画, 目標 and 予算, each with a bold frozen header.
 * Every cell is written as text in a text-formatted column, so Excel keeps codes such as 1-1 from turning into
 * dates; only 予算額 is a number, so it sums. Read back, a number typed as a number is its plain figure (1, not 1.0)
 * and a date cell its ISO date.
 */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    public static byte[] write(SheetBook book) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (SheetTable.Kind kind : SheetTable.Kind.values()) {
                book.table(kind).ifPresent(table -> sheet(workbook.createSheet(kind.title()), table, styles));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables of a workbook, or the problems that keep it from being read (not a workbook, an unknown sheet). */
    public static Result read(byte[] body, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Map<SheetTable.Kind, SheetTable> tables = new EnumMap<>(SheetTable.Kind.class);
            List<SheetProblem> problems = new ArrayList<>();
            for (Sheet sheet : workbook) {
                SheetTable.Kind kind = SheetTable.Kind.named(sheet.getSheetName());
                if (kind == null) {
                    problems.add(new SheetProblem(sheet.getSheetName(), null, null, null, "unknown-sheet",
                            Text.of("sheet.unknown-sheet", "name", sheet.getSheetName())));
                } else if (sheet.getLastRowNum() >= maxRows + 1) {
                    return new Result(null, List.of(), true);
                } else {
                    table(sheet, kind, problems).ifPresent(table -> tables.put(kind, table));
                }
            }
            return new Result(problems.isEmpty() ? new SheetBook(tables) : null, problems, false);
        } catch (IOException | RuntimeException e) { // POI reports a non-workbook as either
            return new Result(null, List.of(new SheetProblem("XLSX", null, null, null, "not-a-workbook",
                    Text.of("sheet.not-a-workbook"))), false);
        }
    }

    /** A workbook read: its tables, or the problems that stopped the reading, or too many rows for the limit. */
    public record Result(SheetBook book, List<SheetProblem> problems, boolean tooManyRows) {
    }

    private static java.util.Optional<SheetTable> table(Sheet sheet, SheetTable.Kind kind,
            List<SheetProblem> problems) {
        List<SheetTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c), sheet.getSheetName(), row.getRowNum() + 1, c, problems));
            }
            SheetTable.Row read = new SheetTable.Row(row.getRowNum() + 1, cells);
            if (!read.blank()) {
                rows.add(read);
            }
        }
        return rows.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new SheetTable(kind, rows.get(0), rows.subList(1, rows.size())));
    }

    private static String text(Cell cell, String sheet, int row, int column, List<SheetProblem> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().replace("\r\n", "\n");
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase();
            case ERROR -> {
                problems.add(new SheetProblem(sheet, row, SheetProblem.letter(column), null, "formula-error",
                        Text.of("sheet.formula-error", "error", errorName(cell.getErrorCellValue()))));
                yield "";
            }
            default -> "";
        };
    }

    private static void sheet(Sheet sheet, SheetTable table, Styles styles) {
        List<String> header = table.header().cells();
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
            sheet.setDefaultColumnStyle(c, styles.text);
            sheet.setColumnWidth(c, width(header.get(c)) * 256);
        }
        int amount = table.kind() == SheetTable.Kind.BUDGETS ? BudgetColumn.AMOUNT.ordinal() : -1;
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = table.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                if (c == amount && cells.get(c).matches("-?\\d+")) {
                    cell.setCellValue(Long.parseLong(cells.get(c)));
                } else {
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(styles.text);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Fixed widths (autosizing needs fonts on the server): codes narrow, texts wide. */
    private static int width(String header) {
        return header.endsWith("番号") || header.equals("項目") || header.equals("対応づけ") ? 12 : 40;
    }

    /** A bold header and the text format (@) that keeps Excel from reading codes as dates or numbers. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            text.setWrapText(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }
    }

    /** What Excel shows for an error code, e.g. #DIV/0!; the bare code when POI does not know it. */
    private static String errorName(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return Byte.toString(code);
        }
    }
}
