package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day a stated period (３月末現在, ９月末時点 …) ends, as normalized text reads. */
class BaselinePeriodDayTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            3月末現在,    --03-31
            9月末時点,    --09-30
            2月末,        --02-29
            12月末現在,   --12-31
            3月31日現在,  --03-31
            4月1日時点,   --04-01
            2月30日現在,  -
            前年同時期,   -
            """)
    void readsTheDayThePeriodEnds(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(MonthDay::parse), Baseline.periodDayOf(text));
    }
}
