package io.mezasu.measurement.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.measurement.domain.evaluation.Reading;
import io.mezasu.measurement.domain.measurement.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementJsonTest {

    static Measurement count(String value, String note) {
        return new Measurement("minato-fy2019", "3-1-2-1", Measurement.Kind.COUNT, 2019, LocalDate.of(2019, 8, 31),
                "soudan-log", "2019-08", null, null, null, null, null, null, new BigDecimal(value),
                Reading.CountMode.RUNNING_TOTAL, null, null, null, null, null, null, null, note);
    }

    @Test
    void numbersAreWrittenPlainWithoutTrailingZeros() {
        String json = MeasurementJson.write(count("1200", null));
        // events carry this very text: 1.2E+3 would come back from other readers as 1200.0
        assertTrue(json.contains("\"value\":1200"), json);
        assertTrue(MeasurementJson.write(count("3.50", null)).contains("\"value\":3.5"));
    }

    @Test
    void theSameFigureWrittenDifferentlyHasTheSameHashAndOtherContentDoesNot() {
        String a = MeasurementJson.hash(MeasurementJson.write(count("1200", null)));
        assertEquals(a, MeasurementJson.hash(MeasurementJson.write(count("1200.00", null))));
        assertNotEquals(a, MeasurementJson.hash(MeasurementJson.write(count("1201", null))));
        assertNotEquals(a, MeasurementJson.hash(MeasurementJson.write(count("1200", "速報"))));
    }

    @Test
    void membersAreSortedAndNullsLeftOut() {
        String json = MeasurementJson.write(count("5", null));
        assertTrue(json.startsWith("{\"countMode\""), json);
        assertTrue(!json.contains("null"), json);
        assertEquals(count("5", null), MeasurementJson.read(json));
    }
}
