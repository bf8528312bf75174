package io.mezasu.measurement.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * plan-service's rule grammar added optional fields to PlanPublished v1 (ruleOrigin, rule.strict,
 * rule.milestone.due, coverage units other than 地域). The catalog must still read such a plan.
 */
class TargetSpecsAdditiveFieldsTest {

    @Test
    void readsAPlanWithTheOptionalRuleFields() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path fixture = Path.of("../plan-service/src/main/resources/plans/minato-fy2019.json");
        ObjectNode plan = (ObjectNode) json.readTree(Files.readString(fixture));
        plan.findParents("rule").forEach(target -> ((ObjectNode) target).put("ruleOrigin", "CONFIRMED"));
        plan.findParents("kind").stream().filter(n -> n.has("threshold")).forEach(rule -> {
            ObjectNode r = (ObjectNode) rule;
            if ("PERCENT".equals(r.path("kind").asText())) {
                r.put("strict", true);
            }
            if ("AREA_COVERAGE".equals(r.path("kind").asText())) {
                r.put("unit", "小学校区");
            }
            if (r.path("milestone").isObject()) {
                ((ObjectNode) r.get("milestone")).put("due", "2021-03-31");
            }
        });
        Map<String, TargetSpec> specs = TargetSpecs.of("minato-fy2019", PublishedPlan.of(plan));
        assertEquals(63, specs.size());
        assertEquals(MeasureKind.AREA_COVERAGE, specs.get("2-1-1-1").kind());
        assertEquals(MeasureKind.MILESTONE, specs.get("2-1-6-1").kind());
    }
}
