package io.mezasu.measurement.ingest;

import io.mezasu.platform.problem.Problem.FieldError;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 text into records, keeping each record's starting line for error messages. */
final class CsvTokenizer {

    private CsvTokenizer() {
    }

    static List<CsvMeasurements.Record> records(String text) {
        List<CsvMeasurements.Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        int recordLine = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                column++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0 || afterQuote) {
                        throw malformed(line, column, "a quote inside an unquoted field");
                    }
                    quoted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                }
                case '\r' -> {
                    // CRLF: the \n ends the record
                }
                case '\n' -> {
                    fields.add(field.toString());
                    records.add(new CsvMeasurements.Record(recordLine, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    afterQuote = false;
                    line++;
                    recordLine = line;
                    column = 0;
                }
                default -> {
                    if (afterQuote) {
                        throw malformed(line, column, "text after a closing quote");
                    }
                    field.append(c);
                }
            }
            column++;
        }
        if (quoted) {
            throw malformed(recordLine, 0, "a quoted field is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvMeasurements.Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static ProblemException malformed(int line, int column, String what) {
        String where = "line " + line + (column > 0 ? ", column " + column : "");
        return new ProblemException(ProblemType.MALFORMED_BODY, "The CSV is malformed at " + where + ": " + what,
                List.of(new FieldError("/" + line, "malformed-csv", where + ": " + what)));
    }
}
