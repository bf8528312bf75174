package io.mezasu.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform's half of the catalogue: whole in both languages, with a title and a detail for every type. */
class ProblemTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndArgumentsInDifferentWords() {
        assertEquals(List.of(), ProblemTexts.inconsistencies());
    }

    @Test
    void everyProblemTypeHasATitleAndADetailInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            for (ProblemLanguage language : ProblemLanguage.values()) {
                assertTrue(ProblemTexts.template("title." + type.slug(), language).isPresent(), type + " " + language);
                assertTrue(ProblemTexts.template("detail." + type.slug(), language).isPresent(), type + " " + language);
            }
            assertNotEquals(ProblemResponses.title(type, ProblemLanguage.EN), ProblemResponses.title(type, ProblemLanguage.JA));
        }
    }

    @Test
    void fillsNamedArgumentsAndNestedTexts() {
        Text text = Text.of("field.wrong-type", "expected", Text.of("expected.integer"));
        assertEquals("wrong type: expected a whole number", ProblemTexts.resolve(text, ProblemLanguage.EN));
        assertEquals("型が違います。期待される値: 整数", ProblemTexts.resolve(text, ProblemLanguage.JA));
        assertEquals("must be at most 100", ProblemTexts.resolve(Text.of("field.max", "value", 100), ProblemLanguage.EN));
    }

    @Test
    void anArgumentIsNeverReadAsATemplate() {
        Text text = Text.of("field.max", "value", "{value} $1 \\");
        assertEquals("must be at most {value} $1 \\", ProblemTexts.resolve(text, ProblemLanguage.EN));
    }

    @Test
    void anUnknownKeyStillSaysSomethingTrue() {
        assertEquals("No text is available for this problem",
                ProblemTexts.resolve(Text.of("no.such-key"), ProblemLanguage.EN));
    }

    @Test
    void keysAreWordsNotSentences() {
        assertThrows(IllegalArgumentException.class, () -> Text.of("Plan x has no draft"));
        assertThrows(IllegalArgumentException.class, () -> Text.of("plan.no-draft", "plan"));
    }

    @Test
    void argumentNamesAreReadFromATemplate() {
        assertEquals(List.of("plan", "target"), ProblemTexts.argumentsOf("{target} of {plan} ({plan})"));
    }
}
