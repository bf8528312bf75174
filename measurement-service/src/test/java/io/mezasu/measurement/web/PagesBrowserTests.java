package io.mezasu.measurement.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's Chromium): a reader clicks from the front page to the dashboard, a target
 * and the report, filters the dashboard and switches to English; axe finds nothing serious on any page. The
 * screenshots land in target/screenshots.
 */
@QuarkusTest
class PagesBrowserTests {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void open() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void plan() throws Exception {
        PagePlan.load();
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private void accessible(String page) throws Exception {
        List<String> violations = browser.seriousViolations();
        assertEquals(List.of(), violations, page + ": axe found serious or critical violations");
    }

    /** A click starts a navigation; the next look must be at the new page, not the one being left. */
    private static void arrivedAt(String urlPart) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(urlPart));
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void aReaderClicksFromThePlansToATargetAndTheReport() throws Exception {
        browser.driver.get(url("/?lang=ja"));
        assertTrue(browser.driver.getTitle().contains("めざす"), browser.driver.getTitle());
        browser.screenshot("01-index");
        accessible("index");

        browser.driver.findElement(By.cssSelector("a[href='/plans/" + PagePlan.KEY + "']")).click();
        arrivedAt("/plans/" + PagePlan.KEY);
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("平成31年度 港区運営方針"));
        WebElement row = browser.driver.findElement(By.cssSelector("tr[data-target='1-1-1-1']"));
        assertTrue(row.getText().contains("41.2％"), row.getText());
        assertTrue(row.getText().contains("未達成"), "the status in words: " + row.getText());
        assertEquals(6, browser.driver.findElements(By.cssSelector("article.card")).size());
        browser.screenshot("02-dashboard");
        accessible("dashboard");

        row.findElement(By.linkText("1-1-1-1")).click();
        arrivedAt("/targets/1-1-1-1");
        assertTrue(browser.driver.findElement(By.cssSelector(".sentence")).getText()
                .startsWith("目標 55.0％以上に対し 41.2％（未達成）"));
        assertTrue(browser.driver.findElements(By.cssSelector("svg.series circle")).size() >= 1, "a point per version");
        browser.screenshot("03-target");
        accessible("target");

        browser.driver.navigate().back();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/targets/")));
        browser.driver.findElement(By.cssSelector("a[href='/plans/" + PagePlan.KEY + "/report']")).click();
        arrivedAt("/report");
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("自己評価"));
        assertEquals(6, browser.driver.findElements(By.cssSelector("section.issue")).size());
        browser.screenshot("04-report");
        accessible("report");
    }

    @Test
    void theDashboardFiltersByStatusWithoutJavaScriptAndSpeaksEnglishOnRequest() throws Exception {
        browser.driver.get(url("/plans/" + PagePlan.KEY + "?lang=ja"));
        new Select(browser.driver.findElement(By.name("status"))).selectByValue("NOT_ACHIEVED");
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("status=NOT_ACHIEVED"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr[data-target]"));
        assertTrue(!rows.isEmpty());
        for (WebElement row : rows) {
            assertEquals("NOT_ACHIEVED", row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
        }
        browser.screenshot("05-dashboard-filtered");

        browser.driver.findElement(By.cssSelector("header a[hreflang='en']")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("lang=en"));
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.driver.getPageSource().contains("Ward goal (区の目標)"));
        browser.screenshot("06-dashboard-en");
        accessible("dashboard (English)");
        browser.driver.get(url("/signin"));
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"), "remembered");
        browser.screenshot("07-signin");
        accessible("sign-in");
        browser.driver.get(url("/?lang=ja"));
    }
}
