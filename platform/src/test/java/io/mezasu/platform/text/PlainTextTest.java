package io.mezasu.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void textMayBreakLinesButHoldsNoOtherControlCharacter() {
        assertTrue(PlainText.isMultiline("有効であった取組\n課題と改善策\r\n\t今後の方針 😀"));
        for (String bad : new String[] {"a\u0000b", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f", "\ud800", "x\udc00"}) {
            assertFalse(PlainText.isMultiline(bad), bad);
            assertFalse(PlainText.isSingleLine(bad), bad);
        }
    }

    @Test
    void aSingleLineHasNoBreakOrTab() {
        assertTrue(PlainText.isSingleLine("2019-1/q3 区民モニター"));
        assertTrue(PlainText.isSingleLine(null));
        assertFalse(PlainText.isSingleLine("a\nb"));
        assertFalse(PlainText.isSingleLine("a\rb"));
        assertFalse(PlainText.isSingleLine("a\tb"));
    }
}
