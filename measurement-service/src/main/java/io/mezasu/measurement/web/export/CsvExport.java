package io.mezasu.measurement.web.export;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows as CSV: UTF-8 with a byte order mark, which is how Excel knows to read Japanese as UTF-8, one header
 * row, CRLF line ends; numbers plain (no grouping), so that they stay numbers.
 */
public final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = new CsvMapper();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    public static byte[] write(List<EvaluationRow> rows, boolean english) {
        List<String> headings = EvaluationRow.headings(english);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        headings.forEach(schema::addColumn);
        List<List<String>> lines = new ArrayList<>();
        for (EvaluationRow row : rows) {
            lines.add(row.cells().stream().map(CsvExport::text).toList());
        }
        try {
            byte[] body = CSV.writerFor(List.class).with(schema.build()).writeValueAsBytes(lines);
            byte[] out = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String text = value.toString();
        // A spreadsheet runs a cell that starts like a formula (CSV injection, OWASP): texts come from plans and
        // staff, so such a text is kept as text by a leading apostrophe, which Excel shows as nothing.
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
