package io.mezasu.measurement.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.mezasu.platform.problem.Problem.FieldError;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records with Jackson's CSV parser, keeping each record's starting line, and the line
 * and column of what is malformed, for the error messages.
 */
final class CsvRecords {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String UNCLOSED = "Missing closing quote";
    private static final String AFTER_QUOTE = "Unexpected character";

    private CsvRecords() {
    }

    static List<CsvMeasurements.Record> read(String text) {
        List<CsvMeasurements.Record> records = new ArrayList<>();
        int recordLine = 1; // where the record being read starts: after the previous one ended
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> fields = new ArrayList<>();
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_ARRAY && --depth == 1) {
                    records.add(new CsvMeasurements.Record(recordLine, List.copyOf(fields)));
                    fields.clear();
                    recordLine = parser.currentLocation().getLineNr();
                } else if (token == JsonToken.VALUE_STRING) {
                    fields.add(unquotedWithoutQuote(text, parser));
                }
            }
            return records;
        } catch (JsonProcessingException e) {
            throw malformed(e, recordLine);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** A quote is allowed only around a field and doubled inside one; the parser would take it as text. */
    private static String unquotedWithoutQuote(String text, CsvParser parser) throws IOException {
        String value = parser.getText();
        JsonLocation at = parser.currentTokenLocation();
        int quote = value.indexOf('"');
        if (quote >= 0 && text.charAt((int) at.getCharOffset()) != '"') {
            throw malformed(at.getLineNr(), at.getColumnNr() + quote, "a quote inside an unquoted field");
        }
        return value;
    }

    private static ProblemException malformed(JsonProcessingException e, int recordLine) {
        String reason = String.valueOf(e.getOriginalMessage());
        if (reason.startsWith(UNCLOSED)) {
            return malformed(recordLine, 0, "a quoted field is never closed");
        }
        JsonLocation at = e.getLocation();
        if (reason.startsWith(AFTER_QUOTE)) { // reported once the character was read: the column before
            return malformed(at.getLineNr(), at.getColumnNr() - 1, "text after a closing quote");
        }
        return malformed(at == null ? recordLine : at.getLineNr(), 0, reason);
    }

    private static ProblemException malformed(int line, int column, String what) {
        String where = "line " + line + (column > 0 ? ", column " + column : "");
        return new ProblemException(ProblemType.MALFORMED_BODY, "The CSV is malformed at " + where + ": " + what,
                List.of(new FieldError("/" + line, "malformed-csv", where + ": " + what)));
    }
}
