package io.mezasu.measurement.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void plainTextGoesInUnchanged() {
        String json = "{\"value\":12.5,\"note\":\"港区 めざす\"}";
        assertEquals(json + "\t42\n", new CopyRows().add(json).add(42).endRow().text());
    }

    @Test
    void nullIsBackslashN() {
        assertEquals("a\t\\N\tb\n", new CopyRows().add("a").add(null).add("b").endRow().text());
    }

    @Test
    void backslashTabCarriageReturnAndLineFeedAreEscaped() {
        assertEquals("a\\\\b\\tc\\rd\\ne\n", new CopyRows().add("a\\b\tc\rd\ne").endRow().text());
    }

    @Test
    void aValueWithOneEscapeKeepsItsOtherCharacters() {
        assertEquals("{\"path\":\"C:\\\\x\"}\n", new CopyRows().add("{\"path\":\"C:\\x\"}").endRow().text());
    }

    @Test
    void rowsAreSeparatedByLineFeedsAndFieldsByTabs() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String text = new CopyRows().add(id).add(true).endRow().add("x").add("").endRow().text();
        assertEquals(id + "\ttrue\nx\t\n", text);
    }
}
