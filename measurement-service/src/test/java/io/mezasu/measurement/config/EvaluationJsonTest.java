package io.mezasu.measurement.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Evaluator;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.evaluation.Observation;
import io.mezasu.measurement.domain.evaluation.OsakaLabel;
import io.mezasu.measurement.domain.evaluation.Reading;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new EvaluationJson().customize(mapper);
        return mapper;
    }

    @Test
    void theLabelIsWrittenInJapaneseAndReadsBack() throws Exception {
        TargetSpec spec = new TargetSpec("p", "1-1-6-1", io.mezasu.measurement.domain.evaluation.MeasureKind.COUNT,
                io.mezasu.measurement.domain.evaluation.Direction.AT_LEAST, new BigDecimal("30"), 0, "団体・個人", null, true,
                null, null, null, null);
        Observation o = new Observation(UUID.randomUUID(), 2019, LocalDate.of(2019, 6, 20), Instant.parse("2019-06-30T01:00:00Z"),
                new Reading.Count(BigDecimal.TEN, Reading.CountMode.INCREMENT));
        Evaluation e = Evaluator.evaluate(spec, FiscalPeriod.of(2019), List.of(o), EvaluationMode.IN_YEAR,
                LocalDate.of(2019, 12, 31));
        String json = mapper().writeValueAsString(e);
        assertEquals("順調でない", mapper().readTree(json).path("osakaLabel").asText());
        assertEquals("2019-12-31", mapper().readTree(json).path("proRataOn").asText());
        assertEquals(e, mapper().readValue(json, Evaluation.class));
    }

    @Test
    void anEvaluationStoredBeforeReadsItsEnumNameAndHasNoSentence() throws Exception {
        String stored = "{\"targetCode\":\"1-1-1-1\",\"mode\":\"YEAR_END\",\"status\":\"ACHIEVED\",\"osakaLabel\":\"ACHIEVED\","
                + "\"actual\":56.0,\"exactActual\":56,\"target\":55.0,\"expected\":null,\"progressPercent\":101.8,"
                + "\"projectedYearEnd\":null,\"confidence\":null,\"explanation\":{\"observationIds\":[],"
                + "\"observationCount\":1,\"baseline\":null,\"formula\":\"f\"}}";
        Evaluation old = mapper().readValue(stored, Evaluation.class);
        assertEquals(OsakaLabel.ACHIEVED, old.osakaLabel());
        assertNull(old.sentence());
        assertNull(old.proRataOn());
    }

    @Test
    void anUnknownLabelIsRefused() {
        assertThrows(Exception.class, () -> mapper().readValue(
                "{\"targetCode\":\"x\",\"mode\":\"YEAR_END\",\"status\":\"ACHIEVED\",\"osakaLabel\":\"GOOD\"}", Evaluation.class));
    }
}
