package io.mezasu.measurement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader's records, their starting lines, and where it says the text is malformed. */
class CsvRecordsTest {

    @Test
    void recordsKeepTheLineTheyStartOn() {
        List<CsvMeasurements.Record> records = CsvRecords.read("a,b\r\nc,\"d\ne, \"\"f\"\"\"\n\ng,h");
        assertEquals(List.of(new CsvMeasurements.Record(1, List.of("a", "b")),
                new CsvMeasurements.Record(2, List.of("c", "d\ne, \"f\"")),
                new CsvMeasurements.Record(4, List.of("")),
                new CsvMeasurements.Record(5, List.of("g", "h"))), records);
    }

    @Test
    void emptyFieldsAndNoRecords() {
        assertEquals(List.of(new CsvMeasurements.Record(1, List.of("", ""))), CsvRecords.read(",\n"));
        assertEquals(List.of(), CsvRecords.read(""));
    }

    @Test
    void anUnclosedQuoteNamesTheLineItsRecordStartsOn() {
        assertMalformed("plan,target\n\"minato-fy2019,1-1-1-1\n",
                "The CSV is malformed at line 2: a quoted field is never closed");
        assertMalformed("a,b\nc,\"d\n\n", "The CSV is malformed at line 2: a quoted field is never closed");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldNamesLineAndColumn() {
        assertMalformed("x,y\nx,a\"b,c\n", "The CSV is malformed at line 2, column 4: a quote inside an unquoted field");
    }

    @Test
    void textAfterAClosingQuoteNamesLineAndColumn() {
        assertMalformed("x,\"ab\"c,d\n", "The CSV is malformed at line 1, column 7: text after a closing quote");
    }

    private static void assertMalformed(String csv, String detail) {
        ProblemException e = assertThrows(ProblemException.class, () -> CsvRecords.read(csv));
        assertEquals(detail, ProblemTexts.resolve(e.detail(), ProblemLanguage.EN));
    }
}
