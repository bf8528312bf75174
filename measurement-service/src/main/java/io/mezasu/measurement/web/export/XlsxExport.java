package io.mezasu.measurement.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rows as an Excel workbook: one sheet, a bold frozen header, figures as numeric cells. */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static byte[] write(String sheetName, List<EvaluationRow> rows, boolean english) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safe(sheetName));
            header(book, sheet, EvaluationRow.headings(english));
            int r = 1;
            for (EvaluationRow row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    set(line.createCell(c), cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            widths(sheet, EvaluationRow.headings(english).size());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFWorkbook book, Sheet sheet, List<String> headings) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(style);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Integer i) {
            cell.setCellValue(i);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Fixed widths (autosizing needs fonts on the server): text columns wide, figures narrow. */
    private static void widths(Sheet sheet, int columns) {
        int[] chars = {6, 24, 28, 28, 10, 40, 24, 14, 10, 10, 10, 8, 10, 12, 12, 12, 12, 60};
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, chars[Math.min(c, chars.length - 1)]) * 256);
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
