package io.mezasu.plan.problems;

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

/** plan-service's problem texts: both languages whole, and every key its code names has a text in both. */
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
                Pattern.compile("new AmbiguousWording\\(\\s*\"([a-z0-9-]+)\""), "wording."));
        assertTrue(keys.size() > 100, () -> "the scan found too few keys to be working: " + keys);
        for (String key : keys) {
            for (ProblemLanguage language : ProblemLanguage.values()) {
                assertTrue(ProblemTexts.template(key, language).isPresent(), () -> key + " has no " + language + " text");
            }
        }
    }
}
