package io.mezasu.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Rule proposals over HTTP, and the life of a proposed rule in a draft: proposed where the editor left
 * the rule out, blocking publishing until confirmed, confirmed one by one or all at once.
 */
@QuarkusTest
class RuleProposalApiTests {

    private static String body(String indicator, String targetText) {
        return "{\"indicator\": \"" + indicator + "\", \"targetText\": \"" + targetText + "\"}";
    }

    @Test
    void proposesTheRuleAWordingStates() {
        As.editor().contentType(ContentType.JSON).body(body("要援護者からの相談延べ件数", "4,400 件以上"))
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(200)
                .body("rule.kind", equalTo("COUNT"))
                .body("rule.direction", equalTo("AT_LEAST"))
                .body("rule.threshold", equalTo(4400))
                .body("rule.decimals", equalTo(0))
                .body("rule.unit", equalTo("件"))
                .body("rule.cumulative", equalTo(true))
                .body("rule.dataSource.kind", equalTo("ADMINISTRATIVE_RECORD"))
                .body("rule", not(hasKey("strict")))
                .body("notes", notNullValue());
    }

    @Test
    void proposesAMilestoneWithItsDeadline() {
        As.editor().contentType(ContentType.JSON).body(body("計画の策定", "令和２年度末までに計画を策定"))
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(200)
                .body("rule.kind", equalTo("MILESTONE"))
                .body("rule.milestone.action", equalTo("策定"))
                .body("rule.milestone.deliverable", equalTo("計画"))
                .body("rule.milestone.due", equalTo("2021-03-31"));
    }

    @Test
    void refusesWordingItCannotReadWith422AmbiguousRule() {
        As.editor().contentType(ContentType.JSON).body(body("区民の割合", "50％くらい"))
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:ambiguous-rule"))
                .body("title", equalTo("Wording cannot be read as a rule"))
                .body("status", equalTo(422))
                .body("detail", containsString("hedges its figure"))
                .body("errors.code", hasItem("ambiguous-rule"));
    }

    @Test
    void refusesARequestWithoutTargetTextOrWithBrokenJson() {
        As.editor().contentType(ContentType.JSON).body("{\"indicator\": \"件数\"}")
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(400).contentType("application/problem+json");
        As.editor().contentType(ContentType.JSON).body("{\"targetText\": ")
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mezasu:problem:malformed-body"));
    }

    @Test
    void isForPlanEditorsOnly() {
        given().contentType(ContentType.JSON).body(body("件数", "5件以上"))
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(401).contentType("application/problem+json");
        As.reader().contentType(ContentType.JSON).body(body("件数", "5件以上"))
                .when().post("/api/v1/rule-proposals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** 1-1-1-1 (55.0％以上) and 2-1-6-1 (a milestone) are submitted without rules. */
    private static ObjectNode withoutTwoRules(String key) {
        ObjectNode plan = PlanApiTests.fixture(key);
        ObjectNode first = (ObjectNode) plan.at("/issues/0/strategies/0/initiatives/0/targets/0");
        first.remove("rule");
        plan.findParents("code").stream().filter(n -> n.path("code").asText().equals("2-1-6-1"))
                .forEach(n -> ((ObjectNode) n).remove("rule"));
        return plan;
    }

    @Test
    void aDraftTargetWithoutARuleGetsAProposalThatMustBeConfirmedBeforePublishing() {
        String key = "proposal-flow";
        As.editor().contentType(ContentType.JSON).body(withoutTwoRules(key).toString())
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("plan.issues[0].strategies[0].initiatives[0].targets[0].ruleOrigin", equalTo("PROPOSED"))
                .body("plan.issues[0].strategies[0].initiatives[0].targets[0].rule.threshold", equalTo(55.0f))
                .body("plan.issues[0].strategies[0].initiatives[1].targets[0]", not(hasKey("ruleOrigin")))
                .body("validation.valid", equalTo(false))
                .body("validation.problems.code", hasItem("unconfirmed-rule"));
        As.editor().when().post("/api/v1/plans/{key}/publish", key)
                .then().statusCode(422)
                .body("errors.code", hasItem("unconfirmed-rule"));

        As.editor().contentType(ContentType.JSON).body("{\"targets\": [\"1-1-1-1\"]}")
                .when().post("/api/v1/plans/{key}/draft/rules/confirm", key)
                .then().statusCode(200)
                .body("plan.issues[0].strategies[0].initiatives[0].targets[0].ruleOrigin", equalTo("CONFIRMED"))
                .body("validation.problemCount", equalTo(1))
                .body("validation.problems[0].pointer", containsString("/ruleOrigin"));

        As.editor().contentType(ContentType.JSON).body("{\"targets\": [\"9-9-9-9\"]}")
                .when().post("/api/v1/plans/{key}/draft/rules/confirm", key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("/targets/0"))
                .body("errors[0].code", equalTo("unknown-target"));

        As.editor().when().post("/api/v1/plans/{key}/draft/rules/confirm", key)
                .then().statusCode(200)
                .body("validation.valid", equalTo(true));
        As.editor().when().post("/api/v1/plans/{key}/publish", key).then().statusCode(201);
        given().when().get("/api/v1/plans/{key}/targets/2-1-6-1", key)
                .then().statusCode(200)
                .body("rule.milestone.action", equalTo("策定"));
    }

    @Test
    void confirmingNeedsADraftAndAnEditor() {
        As.editor().when().post("/api/v1/plans/{key}/draft/rules/confirm", "no-such-plan")
                .then().statusCode(404).contentType("application/problem+json");
        As.reader().when().post("/api/v1/plans/{key}/draft/rules/confirm", "no-such-plan")
                .then().statusCode(403);
        given().when().post("/api/v1/plans/{key}/draft/rules/confirm", "no-such-plan")
                .then().statusCode(401);
        As.editor().contentType(ContentType.JSON).body("{\"targets\": [\"first\"]}")
                .when().post("/api/v1/plans/{key}/draft/rules/confirm", "no-such-plan")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("/targets/0"));
        As.editor().contentType(ContentType.JSON).body("{\"targets\": ")
                .when().post("/api/v1/plans/{key}/draft/rules/confirm", "no-such-plan")
                .then().statusCode(400).body("type", equalTo("urn:mezasu:problem:malformed-body"));
    }
}
