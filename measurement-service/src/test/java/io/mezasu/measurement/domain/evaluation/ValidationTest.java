package io.mezasu.measurement.domain.evaluation;

import static io.mezasu.measurement.domain.evaluation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs that make no sense fail loudly instead of evaluating to something plausible. */
class ValidationTest {

    @Test
    void observationOfTheWrongKind() {
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(SURVEY_AT_LEAST, FY2019,
                List.of(total("2019-08-31", 5)), EvaluationMode.YEAR_END));
    }

    @Test
    void numericTargetWithoutThresholdOrPendingBaseline() {
        assertThrows(IllegalArgumentException.class, () -> percent("9-9-9-9", Direction.AT_LEAST, null, 1,
                TargetSpec.PercentBasis.SURVEY, null));
        assertThrows(IllegalArgumentException.class, () -> percent("9-9-9-9", Direction.AT_LEAST, null, 1,
                TargetSpec.PercentBasis.SURVEY, BaselineSpec.fixed(BigDecimal.TEN)));
    }

    @Test
    void numericTargetWithoutDirection() {
        assertThrows(IllegalArgumentException.class, () -> percent("9-9-9-9", null, "38.3", 1,
                TargetSpec.PercentBasis.SURVEY, null));
    }

    @Test
    void areaCoverageWithoutAreas() {
        assertThrows(IllegalArgumentException.class, () -> new TargetSpec("p", "9-9-9-9", MeasureKind.AREA_COVERAGE,
                null, null, null, "地域", null, false, null, null, List.of(), null));
    }

    @Test
    void pendingBaselineWithoutIncrement() {
        assertThrows(IllegalArgumentException.class,
                () -> new BaselineSpec(BaselineSpec.Type.PREVIOUS_YEAR_SAME_PERIOD, null, null, null));
    }

    @Test
    void impossibleReadings() {
        assertThrows(IllegalArgumentException.class, () -> new Reading.Ratio(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Reading.Ratio(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Reading.Score(BigDecimal.ONE, 0, 5));
    }
}
