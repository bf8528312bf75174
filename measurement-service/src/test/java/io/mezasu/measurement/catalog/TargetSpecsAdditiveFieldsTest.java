package io.mezasu.measurement.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.domain.evaluation.Direction;
import io.mezasu.measurement.domain.evaluation.MeasureKind;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        // ...and uses them: strict 以上 is 超, the deadline reaches the milestone, the unit names the list.
        assertEquals(Direction.MORE_THAN, specs.get("1-1-1-1").direction());
        assertEquals(Direction.AT_LEAST, specs.get("1-1-6-1").direction(), "a count without strict stays 以上");
        assertEquals(LocalDate.of(2021, 3, 31), specs.get("2-1-6-1").milestone().due());
        assertEquals("小学校区", specs.get("2-1-1-1").coverageList());
        assertEquals(11, specs.get("2-1-1-1").areas().size());
    }

    @Test
    void withoutTheOptionalFieldsNothingChanges() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(
                Files.readString(Path.of("../plan-service/src/main/resources/plans/minato-fy2019.json")));
        Map<String, TargetSpec> specs = TargetSpecs.of("minato-fy2019", PublishedPlan.of(plan));
        assertEquals(Direction.AT_LEAST, specs.get("1-1-1-1").direction());
        assertNull(specs.get("2-1-6-1").milestone().due());
        assertEquals("地域", specs.get("2-1-1-1").coverageList());
    }
}
