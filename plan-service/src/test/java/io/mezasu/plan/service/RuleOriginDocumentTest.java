package io.mezasu.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.plan.domain.DraftRules;
import io.mezasu.plan.domain.Fixtures;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanValidator;
import io.mezasu.plan.domain.Target;
import io.mezasu.plan.domain.Violation;
import java.util.ArrayList;
import java.util.List;
import io.mezasu.plan.domain.PlanDocuments;
import org.junit.jupiter.api.Test;

/**
 * ruleOrigin, Milestone.due and strict are additive: a plan written by hand is stored and published
 * exactly as before, and a proposed rule survives the stored form and blocks publishing until confirmed.
 */
class RuleOriginDocumentTest {



    @Test
    void aHandWrittenPlanSerializesWithoutTheNewFields() {
        String json = PlanDocuments.write(Fixtures.minato());
        assertFalse(json.contains("ruleOrigin"));
        assertFalse(json.contains("\"strict\""));
        assertFalse(json.contains("\"due\""));
        assertEquals(json, PlanDocuments.write(PlanDocuments.read(json)));
    }

    @Test
    void proposedRulesRoundTripAndBlockPublishingUntilConfirmed() {
        PlanDocument plan = Fixtures.minato();
        PlanDocument stripped = DraftRulesTestSupport.withoutRules(plan);
        PlanDocument proposed = PlanDocuments.read(PlanDocuments.write(DraftRules.proposeMissing(stripped)));
        assertTrue(proposed.targets().allMatch(t -> t.ruleOrigin() == Target.RuleOrigin.PROPOSED));
        List<Violation> violations = PlanValidator.validate(proposed);
        assertEquals(63, violations.stream().filter(v -> v.code().equals("unconfirmed-rule")).count());
        // Every proposal agrees with its own wording; only the confirmation is missing.
        assertEquals(violations.size(), violations.stream().filter(v -> v.code().equals("unconfirmed-rule")).count(),
                () -> violations.toString());
        List<String> confirmed = new ArrayList<>();
        PlanDocument one = DraftRules.confirm(proposed, List.of("1-1-1-1"), confirmed);
        assertEquals(List.of("1-1-1-1"), confirmed);
        assertEquals(62, PlanValidator.validate(one).size());
        PlanDocument all = DraftRules.confirm(one, null, new ArrayList<>());
        assertEquals(List.of(), PlanValidator.validate(all));
    }
}
