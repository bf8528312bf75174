package io.mezasu.measurement.config;

import io.mezasu.platform.openapi.NullableProperties;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The evaluation domain stays free of OpenAPI annotations (as of Jackson: see {@link EvaluationJson}), so which of
 * its fields may be null on the wire is stated here, for generated clients to type them right: every field is
 * always written, and these may be null (see docs/api-guide.md, Evaluations).
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class EvaluationSchemas implements OASFilter {

    static final Map<String, Set<String>> NULLABLE = Map.of(
            // NO_DATA has no label, actual or target; only pro-rata targets have expected and proRataOn; only
            // survey ratios a confidence; evaluations stored before sentences existed have none in history
            "Evaluation", Set.of("osakaLabel", "actual", "exactActual", "target", "expected", "progressPercent",
                    "projectedYearEnd", "confidence", "proRataOn", "sentence"),
            "Explanation", Set.of("baseline"),
            "BaselineUsed", Set.of("observationId"),
            "Confidence", Set.of(),
            "Sentence", Set.of(),
            // nothing assessable yet: no rate
            "Rollup", Set.of("achievementRate"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        NullableProperties.mark(openAPI, NULLABLE);
    }
}
