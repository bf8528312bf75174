package io.mezasu.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Language with q-values chooses ja or en; anything else, or nothing, is English (the documented default). */
class ProblemLanguageTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | EN",
        "'' | EN",
        "ja | JA",
        "ja-JP | JA",
        "JA-jp | JA",
        "en | EN",
        "en-US | EN",
        "fr | EN",
        "fr, ja;q=0.5 | JA",
        "en;q=0.4, ja;q=0.8 | JA",
        "ja;q=0.4, en;q=0.8 | EN",
        "ja, en | JA",
        "en, ja | EN",
        "ja;q=0 | EN",
        "ja;q=abc, en;q=0.1 | EN",
        "ja;q=2 | EN",
        "* | EN",
        "jav | EN",
        "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7 | JA"
    })
    void negotiates(String header, ProblemLanguage expected) {
        assertEquals(expected, ProblemLanguage.negotiate(header));
    }
}
