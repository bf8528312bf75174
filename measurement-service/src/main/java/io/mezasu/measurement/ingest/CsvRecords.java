package io.mezasu.measurement.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
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
            throw malformed(at.getLineNr(), at.getColumnNr() + quote, "quote-in-unquoted");
        }
        return value;
    }

    private static ProblemException malformed(JsonProcessingException e, int recordLine) {
        // The parser's own words only tell which case this is; they are never shown.
        String reason = String.valueOf(e.getOriginalMessage());
        if (reason.startsWith(UNCLOSED)) {
            return malformed(recordLine, 0, "unclosed-quote");
        }
        JsonLocation at = e.getLocation();
        if (reason.startsWith(AFTER_QUOTE)) { // reported once the character was read: the column before
            return malformed(at.getLineNr(), at.getColumnNr() - 1, "text-after-quote");
        }
        return malformed(at == null ? recordLine : at.getLineNr(), 0, "syntax");
    }

    /** {@code what}: unclosed-quote, text-after-quote, quote-in-unquoted or syntax (texts {@code csv.<what>}). */
    private static ProblemException malformed(int line, int column, String what) {
        Text where = column > 0 ? Text.of("csv.at-column", "line", line, "column", column)
                : Text.of("csv.at-line", "line", line);
        Text reason = Text.of("csv." + what);
        return new ProblemException(ProblemType.MALFORMED_BODY, Text.of("csv.malformed", "where", where,
                "reason", reason),
                List.of(FieldIssue.of("/" + line, "malformed-csv", "where", where, "reason", reason)));
    }
}
