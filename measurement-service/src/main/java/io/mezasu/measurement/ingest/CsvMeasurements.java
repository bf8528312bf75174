package io.mezasu.measurement.ingest;

import io.mezasu.measurement.domain.evaluation.Reading;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a batch as CSV (RFC 4180, UTF-8 with optional BOM or Excel's Shift_JIS, header row). Columns are named
 * like the JSON fields, in any order, and only the ones needed may be present; {@code areas} separates names with
 * {@code |}. Every syntax or type problem is reported with its line and column, all at once.
 */
final class CsvMeasurements {

    static final List<String> COLUMNS = List.of("plan", "target", "kind", "fiscalYear", "observedOn", "source",
            "sourceId", "numerator", "denominator", "surveyName", "questionId", "fieldworkStart", "fieldworkEnd",
            "value", "countMode", "meanScore", "ratings", "scale", "areas", "state", "evidence", "evidenceUrl", "note");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

    private final List<FieldIssue> errors = new ArrayList<>();

    private CsvMeasurements() {
    }

    /** {@code charset} from {@link CsvCharset#of}: UTF-8 or Excel's CP932. */
    static List<Submission> read(byte[] body, java.nio.charset.Charset charset, int limit) {
        return new CsvMeasurements().parse(CsvCharset.decode(body, charset), limit);
    }

    private List<Submission> parse(String text, int limit) {
        List<Record> records = CsvRecords.read(text);
        if (records.isEmpty()) {
            throw ProblemException.invalid(Text.of("csv.no-header"), List.of(FieldIssue.of("/1", "missing-header",
                    "columns", String.join(",", COLUMNS))));
        }
        Record header = records.get(0);
        Map<String, Integer> index = header(header);
        List<Submission> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Record record = records.get(r);
            if (record.fields().size() == 1 && record.fields().get(0).isEmpty()) {
                continue; // a blank line, e.g. the last one
            }
            if (rows.size() == limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("csv.too-many-rows", "max", limit));
            }
            if (record.fields().size() != header.fields().size()) {
                errors.add(FieldIssue.of("/" + record.line(), "column-count", "line", record.line(),
                        "count", record.fields().size(), "expected", header.fields().size()));
                continue;
            }
            rows.add(new Submission(rows.size(), record.line(), measurement(record, index)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, Text.of("csv.invalid", "count", errors.size()),
                    errors);
        }
        return rows;
    }

    private Map<String, Integer> header(Record header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            if (!COLUMNS.contains(name)) {
                errors.add(FieldIssue.of("/1/" + name, "unknown-column", "column", i + 1,
                        "columns", String.join(",", COLUMNS)));
            } else if (index.put(name, i) != null) {
                errors.add(FieldIssue.of("/1/" + name, "duplicate-column", "column", i + 1));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, Text.of("csv.invalid-header"), errors);
        }
        return index;
    }

    private Measurement measurement(Record record, Map<String, Integer> index) {
        Cells cells = new Cells(record, index);
        return Measurement.builder()
                .plan(cells.text("plan"))
                .target(cells.text("target"))
                .kind(cells.parse("kind", Measurement.Kind::valueOf))
                .fiscalYear(cells.parse("fiscalYear", v -> Integer.valueOf(integer(v))))
                .observedOn(cells.parse("observedOn", LocalDate::parse))
                .source(cells.text("source"))
                .sourceId(cells.text("sourceId"))
                .numerator(cells.parse("numerator", v -> Long.valueOf(integer(v))))
                .denominator(cells.parse("denominator", v -> Long.valueOf(integer(v))))
                .surveyName(cells.text("surveyName"))
                .questionId(cells.text("questionId"))
                .fieldworkStart(cells.parse("fieldworkStart", LocalDate::parse))
                .fieldworkEnd(cells.parse("fieldworkEnd", LocalDate::parse))
                .value(cells.parse("value", CsvMeasurements::decimal))
                .countMode(cells.parse("countMode", Reading.CountMode::valueOf))
                .meanScore(cells.parse("meanScore", CsvMeasurements::decimal))
                .ratings(cells.parse("ratings", v -> Long.valueOf(integer(v))))
                .scale(cells.parse("scale", v -> Integer.valueOf(integer(v))))
                .areas(cells.parse("areas", v -> Arrays.stream(v.split("\\|", -1)).map(String::strip).toList()))
                .state(cells.parse("state", Reading.MilestoneState::valueOf))
                .evidence(cells.text("evidence"))
                .evidenceUrl(cells.text("evidenceUrl"))
                .note(cells.text("note"))
                .build();
    }

    private static String integer(String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new NumberFormatException("not a whole number");
        }
        return value;
    }

    private static BigDecimal decimal(String value) {
        if (!DECIMAL.matcher(value).matches()) {
            throw new NumberFormatException("not a plain decimal number");
        }
        return new BigDecimal(value);
    }

    /** The cells of one record, read by column name; a bad cell is recorded, and read as empty. */
    private final class Cells {
        private final Record record;
        private final Map<String, Integer> index;

        Cells(Record record, Map<String, Integer> index) {
            this.record = record;
            this.index = index;
        }

        String text(String column) {
            Integer i = index.get(column);
            String value = i == null ? "" : record.fields().get(i);
            if (!PlainText.isMultiline(value)) {
                // Refused here like in JSON: NUL and the like never reach the ledger, Kafka or PostgreSQL.
                errors.add(FieldIssue.of("/" + record.line() + "/" + column, "control-character"));
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        <T> T parse(String column, Function<String, T> reader) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return reader.apply(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(FieldIssue.of("/" + record.line() + "/" + column, "invalid-cell", "line", record.line(),
                        "column", index.get(column) + 1, "name", column));
                return null;
            }
        }
    }

    /** A CSV record and the line it starts on (1-based). */
    record Record(int line, List<String> fields) {
    }
}
