package io.mezasu.plan.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.plan.domain.Fixtures;
import io.mezasu.plan.domain.PlanDocument;

/** The Minato plan with every rule removed, as an editor would submit wording only. */
final class DraftRulesTestSupport {

    private DraftRulesTestSupport() {
    }

    static PlanDocument withoutRules(PlanDocument plan) {
        ObjectNode tree = Fixtures.minatoTree();
        tree.findParents("rule").forEach(node -> ((ObjectNode) node).remove("rule"));
        return Fixtures.toPlan(tree);
    }
}
