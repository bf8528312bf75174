package io.mezasu.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvCharsetsTest {

    @Test
    void utf8ByDefaultAndEveryShiftJisAliasAsExcelsCp932() {
        assertEquals(Optional.of(StandardCharsets.UTF_8), CsvCharsets.named(null));
        assertEquals(Optional.of(StandardCharsets.UTF_8), CsvCharsets.named("ISO-8859-1"));
        for (String alias : new String[] {"Shift_JIS", "shift_jis", "windows-31j", "CP932"}) {
            assertEquals(Optional.of(CsvCharsets.CP932), CsvCharsets.named(alias), alias);
        }
        assertTrue(CsvCharsets.named("EUC-JP").isEmpty());
        assertTrue(CsvCharsets.named("UTF-16").isEmpty());
    }

    @Test
    void excelsCharactersSurviveAndTheBomGoes() {
        byte[] bytes = "区民アンケート①,7月1日～7月20日,㈱,髙".getBytes(CsvCharsets.CP932);
        assertEquals("区民アンケート①,7月1日～7月20日,㈱,髙", CsvCharsets.decode(bytes, CsvCharsets.CP932).text());
        CsvCharsets.Decoded bom = CsvCharsets.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'},
                StandardCharsets.UTF_8);
        assertFalse(bom.refused());
        assertEquals("a", bom.text());
    }

    @Test
    void badBytesAreRefusedWithTheirLineAndOffset() {
        byte[] sjis = "見出し\n値\n".getBytes(CsvCharsets.CP932);
        byte[] withBad = new byte[sjis.length + 1];
        System.arraycopy(sjis, 0, withBad, 0, sjis.length);
        withBad[sjis.length] = (byte) 0xFF;
        CsvCharsets.Decoded decoded = CsvCharsets.decode(withBad, CsvCharsets.CP932);
        assertTrue(decoded.refused());
        assertEquals(3, decoded.badLine());
        assertEquals(sjis.length, decoded.badOffset());
        assertEquals(1, CsvCharsets.decode(sjis, StandardCharsets.UTF_8).badLine(), "Shift_JIS is not UTF-8");
        assertEquals("Shift_JIS (CP932)", CsvCharsets.label(CsvCharsets.CP932));
    }
}
