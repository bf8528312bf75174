package io.mezasu.measurement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which charsets a CSV batch may declare, and how undecodable bytes are reported. */
class CsvCharsetTest {

    @Test
    void utf8IsTheDefaultAndExcelsNamesAllMeanCp932() {
        assertEquals(StandardCharsets.UTF_8, CsvCharset.of(null));
        assertEquals(StandardCharsets.UTF_8, CsvCharset.of("text/csv"));
        assertEquals(StandardCharsets.UTF_8, CsvCharset.of("text/csv; charset=utf-8"));
        // The label HTTP clients add by default: read as strict UTF-8, as it always was.
        assertEquals(StandardCharsets.UTF_8, CsvCharset.of("text/csv; charset=ISO-8859-1"));
        for (String name : new String[] {"Shift_JIS", "shift_jis", "SHIFT_JIS", "windows-31j", "Windows-31J", "cp932",
                "CP932", "\"Shift_JIS\""}) {
            assertEquals(CsvCharset.CP932, CsvCharset.of("text/csv;charset=" + name), name);
        }
    }

    @Test
    void anyOtherCharsetIs415() {
        for (String name : new String[] {"EUC-JP", "UTF-16", "x-unknown"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> CsvCharset.of("text/csv; charset=" + name));
            assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.type(), name);
        }
    }

    @Test
    void cp932ReadsWhatExcelMeant() {
        byte[] bytes = "区民アンケート①,7月1日～7月20日,㈱,髙".getBytes(CsvCharset.CP932);
        assertEquals("区民アンケート①,7月1日～7月20日,㈱,髙", CsvCharset.decode(bytes, CsvCharset.CP932));
    }

    @Test
    void theBomIsDroppedAndAnInvalidSequenceNamesItsLine() {
        assertEquals("a", CsvCharset.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'},
                StandardCharsets.UTF_8));
        byte[] utf8 = {'a', '\n', 'b', '\r', '\n', 'c', (byte) 0xC3, '(', '\n'};
        ProblemException e = assertThrows(ProblemException.class, () -> CsvCharset.decode(utf8, StandardCharsets.UTF_8));
        assertEquals(ProblemType.MALFORMED_BODY, e.type());
        assertEquals("/3", e.errors().get(0).field());
        assertEquals("invalid-encoding", e.errors().get(0).code());
        // 0x85 is no lead byte in CP932; a lead byte cut off at the end is invalid too.
        byte[] cp932 = {'a', '\r', '\n', (byte) 0x85, 0x40};
        assertEquals("/2", assertThrows(ProblemException.class, () -> CsvCharset.decode(cp932, CsvCharset.CP932))
                .errors().get(0).field());
        byte[] cut = {'a', '\n', 'b', '\n', (byte) 0x82};
        assertEquals("/3", assertThrows(ProblemException.class, () -> CsvCharset.decode(cut, CsvCharset.CP932))
                .errors().get(0).field());
    }
}
