package io.mezasu.measurement.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evaluations CSV never hands a spreadsheet a formula (CSV injection). */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void aTextThatStartsLikeAFormulaStaysText(String text) {
        assertEquals("'" + text, CsvExport.text(text));
    }

    @Test
    void ordinaryTextsAndNumbersAreUntouched() {
        assertEquals("区民アンケートで「満足」と回答した割合", CsvExport.text("区民アンケートで「満足」と回答した割合"));
        assertEquals("－", CsvExport.text("－"));
        assertEquals("-1.5", CsvExport.text(new BigDecimal("-1.5")));
        assertEquals("", CsvExport.text(null));
    }

    @Test
    void theWrittenFileCarriesTheApostrophe() {
        EvaluationRow row = new EvaluationRow(1, "=1+1", "s", "i", "1-1-1-1", "@indicator", "38.3％以上", "MET",
                "達成", new BigDecimal("41.2"), new BigDecimal("38.3"), "％", null, null, null, "2020-03-31",
                "年度末", "ok");
        String csv = new String(CsvExport.write(List.of(row), false), StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=1+1") && csv.contains("'@indicator") && csv.contains(",41.2,"), csv);
    }
}
