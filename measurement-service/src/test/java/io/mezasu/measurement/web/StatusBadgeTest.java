package io.mezasu.measurement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mezasu.measurement.domain.evaluation.OsakaLabel;
import io.mezasu.measurement.domain.evaluation.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status has a symbol, words and a colour class that agree; a status is never shown by colour alone. */
class StatusBadgeTest {

    @ParameterizedTest
    @CsvSource({
        "ACHIEVED, st-met, ○", "ON_TRACK, st-met, ○", "DONE, st-met, ○",
        "NOT_ACHIEVED, st-missed, ×", "BEHIND, st-missed, ×", "NOT_DONE, st-missed, ×",
        "IN_PROGRESS, st-progress, △", "NO_DATA, st-none, －", "BASELINE_PENDING, st-none, －"})
    void aStatusAloneIsStyledByWhatItMeans(Status status, String css, String symbol) {
        StatusBadge badge = StatusBadge.of(status, null, FixedTexts.create());
        assertEquals(css, badge.css());
        assertEquals(symbol, badge.symbol());
        assertEquals(status.name(), badge.code());
        assertEquals("words:" + status.name(), badge.words());
    }

    @Test
    void osakasLabelDecidesTheWordsAndTheColourWhereThereIsOne() {
        StatusBadge yearEndInProgress = StatusBadge.of(Status.IN_PROGRESS, OsakaLabel.NOT_ACHIEVED, FixedTexts.create());
        assertEquals("st-missed", yearEndInProgress.css());
        assertEquals("words:NOT_ACHIEVED", yearEndInProgress.words());
        StatusBadge midYearDone = StatusBadge.of(Status.DONE, OsakaLabel.ON_TRACK, FixedTexts.create());
        assertEquals("st-met", midYearDone.css());
        assertEquals("words:ON_TRACK", midYearDone.words());
        assertEquals("words:BEHIND", StatusBadge.of(Status.NOT_DONE, OsakaLabel.NOT_ON_TRACK, FixedTexts.create()).words());
    }
}
