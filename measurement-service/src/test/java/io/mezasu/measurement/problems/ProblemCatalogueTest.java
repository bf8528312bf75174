package io.mezasu.measurement.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.stack.TextKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** measurement-service's problem texts: both languages whole, and every key its code names has a text in both. */
class ProblemCatalogueTest {

    @Test
    void englishAndJapaneseHaveTheSameKeysAndArgumentsInDifferentWords() {
        assertEquals(List.of(), ProblemTexts.inconsistencies());
    }

    @Test
    void everyKeyTheCodeNamesHasATextInBothLanguages() {
        Set<String> keys = TextKeys.scan(Path.of("src/main/java"), Map.of(
                TextKeys.LITERAL, "",
                TextKeys.FIELD_ISSUE, "field.",
                TextKeys.TEXT_OF, "",
                Pattern.compile("Violation\\.worded\\([^;]*?\"(measurement\\.[a-z0-9-]+)\""), "",
                Pattern.compile("Violation\\.of\\([^,;]+,\\s*\"([a-z0-9-]+)\""), "measurement.",
                Pattern.compile("malformed\\([^;]*?\"([a-z-]+)\"\\)"), "csv."));
        assertTrue(keys.size() > 80, () -> "the scan found too few keys to be working: " + keys);
        for (String key : keys) {
            for (ProblemLanguage language : ProblemLanguage.values()) {
                assertTrue(ProblemTexts.template(key, language).isPresent(), () -> key + " has no " + language + " text");
            }
        }
    }
}
