package io.mezasu.plan.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.CsvCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan sheet as one CSV file (Jackson CSV). The tables follow each other, each opened by a marker row whose first
 * cell is {@code [計画]}, {@code [目標]} or {@code [予算]} and then its header row. A file without markers is the
 * 目標 table alone. Written in UTF-8 with a BOM (how Excel knows to read Japanese as UTF-8) and CRLF line ends.
 */
public final class CsvSheets {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = new CsvMapper();

    private CsvSheets() {
    }

    public static byte[] write(SheetBook book) {
        List<List<String>> lines = new ArrayList<>();
        for (SheetTable.Kind kind : SheetTable.Kind.values()) {
            book.table(kind).ifPresent(table -> {
                lines.add(List.of("[" + kind.title() + "]"));
                lines.add(table.header().cells());
                table.rows().forEach(row -> lines.add(row.cells()));
            });
        }
        try {
            byte[] body = CSV.writerFor(List.class).with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                    .writeValueAsBytes(lines);
            byte[] out = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charset a Content-Type's charset parameter names (null: none, UTF-8); empty when not accepted. */
    public static Optional<Charset> charset(String declared) {
        return CsvCharsets.named(declared);
    }

    /** The tables of a CSV body, or the problems that keep it from being read (bad bytes, a broken quote). */
    public static Result read(byte[] body, Charset charset) {
        CsvCharsets.Decoded decoded = CsvCharsets.decode(body, charset);
        if (decoded.refused()) { // before the text is split into rows, only its line is known
            return Result.problem(null, "invalid-encoding", Text.of("sheet.invalid-encoding", "line",
                    decoded.badLine(), "charset", CsvCharsets.label(charset)));
        }
        List<SheetTable.Row> records;
        try {
            records = records(decoded.text());
        } catch (Broken e) {
            return Result.problem(e.line, "malformed-csv", e.reason);
        }
        List<SheetProblem> problems = new ArrayList<>();
        SheetBook book = tables(records, problems);
        return new Result(problems.isEmpty() ? book : null, problems);
    }

    /** A CSV body read: its tables, or the problem that stopped the reading. */
    public record Result(SheetBook book, List<SheetProblem> problems) {

        static Result problem(Integer row, String code, Text message) {
            return new Result(null, List.of(new SheetProblem("CSV", row, null, null, code, message)));
        }
    }

    /**
     * The records, each numbered as Excel numbers the rows of a CSV it opened: by position, blank lines included,
     * a quoted cell with line breaks inside one row (so not by line: a text editor shows more lines).
     */
    private static List<SheetTable.Row> records(String text) throws Broken {
        List<SheetTable.Row> records = new ArrayList<>();
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> cells = new ArrayList<>();
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_ARRAY && --depth == 1) {
                    records.add(new SheetTable.Row(records.size() + 1,
                            cells.stream().map(CsvSheets::lineBreaks).toList()));
                    cells.clear();
                } else if (token == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
            }
            return records;
        } catch (JsonProcessingException e) {
            // The record being read; an unclosed quote is noticed only at the end of the file, but starts here.
            // The parser's own message names the library and its internals: said in our words instead.
            boolean unclosed = String.valueOf(e.getOriginalMessage()).startsWith("Missing closing quote");
            throw new Broken(records.size() + 1, Text.of(unclosed ? "sheet.csv-unclosed-quote" : "sheet.csv-syntax"));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Text that cannot be split into records, and the line to look at. */
    private static final class Broken extends Exception {
        final int line;
        final Text reason;

        Broken(int line, Text reason) {
            super(reason.key(), null, false, false);
            this.line = line;
            this.reason = reason;
        }
    }

    /** Excel writes a line break inside a cell as CRLF or LF; the sheet model has \n only. */
    private static String lineBreaks(String cell) {
        return cell.replace("\r\n", "\n");
    }

    private static SheetBook tables(List<SheetTable.Row> records, List<SheetProblem> problems) {
        Map<SheetTable.Kind, SheetTable> tables = new EnumMap<>(SheetTable.Kind.class);
        List<SheetTable.Row> nonBlank = records.stream().filter(r -> !r.blank()).toList();
        SheetTable.Kind kind = nonBlank.isEmpty() || marker(nonBlank.get(0), new ArrayList<>()) == null ? SheetTable.Kind.TARGETS : null;
        List<SheetTable.Row> section = new ArrayList<>();
        for (SheetTable.Row row : nonBlank) {
            SheetTable.Kind next = marker(row, problems);
            boolean seen = next != null && (tables.containsKey(next) || next == kind);
            if (seen) {
                problems.add(new SheetProblem(next.title(), row.number(), "A", null, "duplicate-table",
                        Text.of("sheet.duplicate-table", "table", next.title())));
            } else if (next != null) {
                put(tables, kind, section);
                kind = next;
                section = new ArrayList<>();
            } else {
                section.add(row);
            }
        }
        put(tables, kind, section);
        return new SheetBook(tables);
    }

    private static void put(Map<SheetTable.Kind, SheetTable> tables, SheetTable.Kind kind, List<SheetTable.Row> rows) {
        if (kind != null && !rows.isEmpty()) {
            tables.put(kind, new SheetTable(kind, rows.get(0), rows.subList(1, rows.size())));
        }
    }

    /** The table a marker row such as [目標] opens, or null for any other row. */
    private static SheetTable.Kind marker(SheetTable.Row row, List<SheetProblem> problems) {
        String first = row.cell(0).strip();
        boolean onlyCell = row.cells().stream().skip(1).allMatch(String::isBlank);
        if (!onlyCell || first.length() <= 2 || !first.startsWith("[") || !first.endsWith("]")) {
            return null;
        }
        SheetTable.Kind kind = SheetTable.Kind.named(first.substring(1, first.length() - 1));
        if (kind == null) {
            problems.add(new SheetProblem("CSV", row.number(), "A", null, "unknown-table",
                    Text.of("sheet.unknown-table", "marker", first)));
        }
        return kind;
    }
}
