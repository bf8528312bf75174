package io.mezasu.measurement.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages as HTML over HTTP: language, figures, filters and bad input. (The browser tests click through them.) */
@QuarkusTest
class PagesTests {

    @BeforeEach
    void plan() throws Exception {
        PagePlan.load();
    }

    @Test
    void theFrontPageListsThePublishedPlansInJapaneseFirst() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Language", "ja")
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("公開中の区運営方針"))
                .body(containsString("href=\"/plans/" + PagePlan.KEY + "\""))
                .body(containsString("平成31年度 港区運営方針"));
    }

    @Test
    void englishIsChosenWithLangAndRememberedInACookie() {
        given().queryParam("lang", "en").when().get("/").then().statusCode(200)
                .cookie(Lang.COOKIE, "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Published operating policies"));
        given().cookie(Lang.COOKIE, "en").when().get("/plans/" + PagePlan.KEY).then().statusCode(200)
                .body(containsString("Ward goal (区の目標)"))
                .body(containsString("href=\"/plans/" + PagePlan.KEY + "?lang=ja\""));
    }

    @Test
    void theDashboardShowsGoalsCardsAndEveryTargetWithItsStatusInWords() {
        String html = given().when().get("/plans/" + PagePlan.KEY).then().statusCode(200).extract().asString();
        assertTrue(html.contains("「暮らして楽しい」「遊んで楽しい」「働いて楽しい」まち 港区の実現"), "区の目標");
        assertEquals(6, count(html, "<article class=\"card\">"), "a card per 経営課題");
        assertTrue(html.contains("27,412千円") || html.contains("千円"), "budgets");
        String row = row(html, "1-1-1-1");
        assertTrue(row.contains("41.2％"), row);
        assertTrue(row.contains("data-status=\"NOT_ACHIEVED\""), row);
        assertTrue(row.contains("未達成"), "status in words, not colour alone: " + row);
        assertTrue(row.contains("aria-label=\"進捗率 74.9％\""), row);
        assertTrue(row(html, "1-1-6-1").contains("12団体・個人"), row(html, "1-1-6-1"));
    }

    @Test
    void aStatusFilterKeepsOnlyTargetsWithThatStatus() {
        String html = given().queryParam("status", "NOT_ACHIEVED").when().get("/plans/" + PagePlan.KEY).then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("data-target=\"1-1-1-1\""));
        Matcher statuses = Pattern.compile("<tr data-target=\"[^\"]+\">.*?data-status=\"([A-Z_]+)\"", Pattern.DOTALL)
                .matcher(html);
        int rows = 0;
        while (statuses.find()) {
            assertEquals("NOT_ACHIEVED", statuses.group(1));
            rows++;
        }
        assertTrue(rows >= 1);
        String issue3 = given().queryParam("issue", "3").when().get("/plans/" + PagePlan.KEY).then().statusCode(200)
                .extract().asString();
        assertTrue(issue3.contains("data-target=\"3-1-2-1\"") && !issue3.contains("data-target=\"1-1-1-1\""));
    }

    @Test
    void aBadFilterIsAProblemInOurWordsNotAGuess() {
        given().queryParam("status", "GREEN").when().get("/plans/" + PagePlan.KEY).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().queryParam("asOf", "31/08/2019").when().get("/plans/" + PagePlan.KEY).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().when().get("/plans/no-such-plan").then().statusCode(404);
        given().when().get("/plans/" + PagePlan.KEY + "/targets/9-9-9-9").then().statusCode(404);
    }

    @Test
    void anAsOfBeforeAnyMeasurementShowsNoData() {
        String html = given().queryParam("asOf", "2019-04-01").when().get("/plans/" + PagePlan.KEY).then()
                .statusCode(200).extract().asString();
        assertTrue(row(html, "1-1-1-1").contains("data-status=\"NO_DATA\""), row(html, "1-1-1-1"));
    }

    @Test
    void theTargetPageExplainsTheEvaluationAndChartsTheYear() {
        given().when().get("/plans/" + PagePlan.KEY + "/targets/1-1-1-1").then().statusCode(200)
                .body(containsString("身近な地域でつながりに関して肯定的に感じている区民の割合"))
                .body(containsString("目標 55.0％以上に対し 41.2％（未達成）"))
                .body(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart series\""))
                .body(containsString("<circle"))
                .body(containsString("調査で回答した割合が55.0％以上"))
                .body(not(containsString("<table class=\"measurements\">")));
    }

    @Test
    void rawMeasurementsAreShownOnlyToSignedInReaders() {
        given().cookie(StaffSession.COOKIE, PagePlan.token("reader")).when()
                .get("/plans/" + PagePlan.KEY + "/targets/1-1-1-1").then().statusCode(200)
                .body(containsString("<table class=\"measurements\">")).body(containsString("kumin-monitor"))
                .body(containsString("pages-staff"));
        given().cookie(StaffSession.COOKIE, "not-a-token").when().get("/plans/" + PagePlan.KEY + "/targets/1-1-1-1")
                .then().statusCode(200).body(not(containsString("<table class=\"measurements\">")));
    }

    @Test
    void signingInNeedsTheFormsTokenAndAValidJwt() {
        Response form = given().when().get("/signin");
        form.then().statusCode(200).header("Cache-Control", "no-store");
        String csrf = form.getCookie(Csrf.COOKIE);
        assertTrue(form.asString().contains("value=\"" + csrf + "\""), "the form carries the cookie's token");
        given().cookie(Csrf.COOKIE, csrf).formParam("csrf", "forged-value-that-does-not-match")
                .formParam("token", PagePlan.token("reader")).when().post("/signin").then().statusCode(403);
        given().cookie(Csrf.COOKIE, csrf).formParam("csrf", csrf).formParam("token", "eyJhbGciOiJub25lIn0.e30.")
                .when().post("/signin").then().statusCode(401).body(containsString("トークンを確認できませんでした"));
        Response signedIn = given().redirects().follow(false).cookie(Csrf.COOKIE, csrf).formParam("csrf", csrf)
                .formParam("token", PagePlan.token("reader")).when().post("/signin");
        signedIn.then().statusCode(303);
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffSession.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The first table row of a target, as HTML. */
    static String row(String html, String code) {
        int start = html.indexOf("<tr data-target=\"" + code + "\">");
        assertTrue(start >= 0, "no row for " + code);
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
