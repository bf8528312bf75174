package io.mezasu.measurement.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a subscription refuses, each as a problem in our words: addresses a webhook could abuse (SSRF; the test
 * profile allows only 127.0.0.1, for the receivers), event types the service does not emit, unknown plans and
 * targets, malformed and oversized input. Nothing refused is stored.
 */
@QuarkusTest
class WebhookBadInputTests {

    static final String PLAN = "minato-webhooks-input";
    final String integrator = TestTokens.mint(TestTokens.spec("integrator").withSubject("kumin-portal-input"));

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(PLAN);
    }

    static Map<String, Object> body(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("types", List.of("io.mezasu.target.evaluated.v2"));
        body.put("plan", PLAN);
        return body;
    }

    ValidatableResponse post(Object body) {
        return given().auth().oauth2(integrator).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().contentType("application/problem+json");
    }

    void refused(String url, String words) {
        post(body(url)).statusCode(422).body("type", equalTo("urn:mezasu:problem:unprocessable"))
                .body("detail", containsString(words)).body("errors[0].field", equalTo("/url"));
    }

    @Test
    void addressesOutsideThePublicInternetAreRefused() {
        refused("http://127.0.0.2:9/hooks", "127.0.0.2, a loopback address");
        refused("https://[::1]/hooks", "a loopback address");
        refused("https://10.1.2.3/hooks", "10.1.2.3, a private address");
        refused("https://192.168.0.10/hooks", "a private address");
        refused("https://[fd00:ec2::254]/latest", "a private address");
        refused("https://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)");
        refused("https://224.0.0.1/hooks", "multicast");
        refused("https://0.0.0.0/hooks", "unspecified");
        refused("http://203.0.113.10/hooks", "must use https");
        refused("ftp://203.0.113.10/hooks", "must use https");
        refused("https://user:secret@203.0.113.10/hooks", "credentials");
        given().auth().oauth2(integrator).get("/api/v1/subscriptions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void eventTypesPlansAndTargetsMustExist() {
        Map<String, Object> v1 = body("https://203.0.113.10/hooks");
        v1.put("types", List.of("io.mezasu.target.evaluated.v1"));
        post(v1).statusCode(422).body("detail", containsString("does not emit [io.mezasu.target.evaluated.v1]; "
                + "it emits [io.mezasu.target.evaluated.v2]")).body("errors[0].field", equalTo("/types"));
        Map<String, Object> plan = body("https://203.0.113.10/hooks");
        plan.put("plan", "no-such-ward-fy2019");
        post(plan).statusCode(422).body("detail", equalTo("No published plan no-such-ward-fy2019 in the catalog"));
        Map<String, Object> target = body("https://203.0.113.10/hooks");
        target.put("target", "9-9-9-9");
        post(target).statusCode(422).body("detail", equalTo("Plan " + PLAN + " has no target 9-9-9-9"));
        Map<String, Object> none = body("https://203.0.113.10/hooks");
        none.put("types", List.of());
        post(none).statusCode(400).body("errors[0].field", equalTo("/types"));
    }

    @Test
    void malformedMissingAndOversizedInputIsA400() {
        post(body("https://exa mple.org/hooks")).statusCode(400).body("errors[0].code", equalTo("malformed"));
        Map<String, Object> missing = body(null);
        post(missing).statusCode(400).body("errors[0].code", equalTo("required"));
        post(body("https://203.0.113.10/" + "x".repeat(200_000))).statusCode(400)
                .body("errors[0].code", equalTo("too-long"));
        post("{\"url\": \"https://203.0.113.10/h\", \"typo\": 1}").statusCode(400);
        post("{\"url\": ").statusCode(400);
        given().auth().oauth2(integrator).get("/api/v1/subscriptions").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aRefusedAddressIsWordedInTheCallersLanguage() {
        given().auth().oauth2(integrator).header("Accept-Language", "ja").contentType(ContentType.JSON)
                .body(body("https://10.1.2.3/hooks")).post("/api/v1/subscriptions").then().statusCode(422)
                .header("Content-Language", "ja").body("errors[0].code", equalTo("address-refused"))
                .body("detail", containsString("この URL にはウェブフックを配信できません"))
                .body("detail", containsString("プライベートアドレス 10.1.2.3"));
        given().auth().oauth2(integrator).header("Accept-Language", "ja").contentType(ContentType.JSON)
                .body(body("ftp://203.0.113.10/hooks")).post("/api/v1/subscriptions").then().statusCode(422)
                .body("errors[0].code", equalTo("bad-url")).body("errors[0].message", containsString("スキーム ftp"));
        given().auth().oauth2(integrator).get("/api/v1/subscriptions").then().statusCode(200).body("size()", equalTo(0));
    }
}
