package io.mezasu.measurement.web;

import static io.restassured.RestAssured.given;

import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A plan of the pages' own (the Minato fixture under another key) with a few measurements, so that the figures
 * the pages show are known whatever other tests of this JVM post elsewhere.
 */
final class PagePlan {

    static final String KEY = "minato-pages";
    private static boolean loaded;

    private PagePlan() {
    }

    static String token(String... roles) {
        return TestTokens.mint(TestTokens.spec(roles).withSubject("pages-staff").withVendorScope(List.of("plan:" + KEY)));
    }

    /**
     * 1-1-1-1 (55.0％以上): 412 of 1,000 = 41.2％, 未達成/順調でない. 3-1-2-1: a 延べ count. 1-1-6-1 (延べ30団体・個人以上):
     * 12 so far.
     */
    static synchronized void load() throws Exception {
        if (loaded) {
            return;
        }
        TestPlans.ensurePublished(KEY);
        String vendor = token(TokenMinter.VENDOR);
        post(vendor, Body.with(Body.survey("kumin-monitor", "pages-q3", 412, 1000), "plan", KEY));
        post(vendor, Body.with(Body.with(Body.count("soudan-log", "pages-dantai", 12, "INCREMENT"), "target", "1-1-6-1"),
                "plan", KEY));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/plans/{key}/targets/1-1-6-1/evaluation", KEY).then().statusCode(200));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/plans/{key}/targets/1-1-1-1/evaluation", KEY).then().statusCode(200));
        loaded = true;
    }

    private static void post(String token, Map<String, Object> body) {
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/measurements").then().statusCode(202);
    }
}
