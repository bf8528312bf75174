package io.mezasu.measurement.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four directions: 以上 and 以下 include the threshold, 超 and 未満 do not. */
class DirectionTest {

    @ParameterizedTest(name = "{0}: {1} against 10 → {2}")
    @CsvSource({
            "AT_LEAST, 10, true", "AT_LEAST, 10.1, true", "AT_LEAST, 9.9, false",
            "MORE_THAN, 10, false", "MORE_THAN, 10.1, true", "MORE_THAN, 9.9, false",
            "AT_MOST, 10, true", "AT_MOST, 10.1, false", "AT_MOST, 9.9, true",
            "LESS_THAN, 10, false", "LESS_THAN, 10.1, false", "LESS_THAN, 9.9, true"})
    void meetsOnBothSidesOfTheThreshold(Direction direction, String value, boolean met) {
        assertEquals(met, direction.meets(new BigDecimal(value), BigDecimal.TEN));
    }

    @Test
    void scaleDoesNotMatterAtTheThreshold() {
        assertFalse(Direction.MORE_THAN.meets(new BigDecimal("50.00"), new BigDecimal("50.0")));
        assertTrue(Direction.AT_LEAST.meets(new BigDecimal("50.00"), new BigDecimal("50.0")));
    }

    @Test
    void readsThePublishedDirectionAndStrict() {
        assertEquals(Direction.AT_LEAST, Direction.of("AT_LEAST", false));
        assertEquals(Direction.MORE_THAN, Direction.of("AT_LEAST", true));
        assertEquals(Direction.AT_MOST, Direction.of("AT_MOST", false));
        assertEquals(Direction.LESS_THAN, Direction.of("AT_MOST", true));
        assertThrows(IllegalArgumentException.class, () -> Direction.of("ABOUT", false));
    }

    @Test
    void wordsAndSymbols() {
        assertEquals("超", Direction.MORE_THAN.ja());
        assertEquals("未満", Direction.LESS_THAN.ja());
        assertEquals("less than", Direction.LESS_THAN.en());
        assertEquals("≤", Direction.MORE_THAN.relation(BigDecimal.TEN, BigDecimal.TEN));
        assertEquals("≥", Direction.LESS_THAN.relation(BigDecimal.TEN, BigDecimal.TEN));
        assertTrue(Direction.MORE_THAN.upward());
        assertFalse(Direction.LESS_THAN.upward());
    }
}
