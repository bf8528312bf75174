package io.mezasu.measurement.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.stack.TestTokens;
import io.mezasu.stack.TokenMinter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Closing a year (年度の確定): every kind of measurement write for the plan is 409 period-closed afterwards, writes
 * racing the close either land before it or are refused, and only an operator reopens.
 */
@QuarkusTest
class CloseTests {

    @Inject
    AgroalDataSource dataSource;

    final String evaluator = TestTokens.forRoles(TokenMinter.EVALUATOR);
    final String approver = TestTokens.mint(TestTokens.spec(TokenMinter.APPROVER).withSubject("kucho-approver"));
    final String operator = TestTokens.forRoles(TokenMinter.OPERATOR);

    @Test
    void aClosedYearRefusesEveryWriteUntilAnOperatorReopensIt() throws Exception {
        String plan = "minato-close";
        TestPlans.ensurePublished(plan);
        String vendor = TestTokens.vendor("plan:" + plan);
        String source = "close-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = count(plan, source, "a", 10);
        String key = UUID.randomUUID().toString();
        String kept = given().auth().oauth2(vendor).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(first).post("/api/v1/measurements").then().statusCode(202).extract().path("id");
        String midyear = review(plan, "MIDYEAR", "2019-08-31");
        String yearEnd = review(plan, "YEAR_END", "2020-03-31");

        close(plan, midyear).then().statusCode(422).body("errors.code", equalTo(List.of("not-year-end")));
        close(plan, yearEnd).then().statusCode(200).body("closed", equalTo(true))
                .body("review", equalTo(yearEnd)).body("fiscalYear", equalTo(2019))
                .body("changedBy", equalTo("kucho-approver"));
        close(plan, yearEnd).then().statusCode(409).body("type", equalTo("urn:mezasu:problem:conflict"));

        String csv = "plan,target,kind,fiscalYear,observedOn,source,sourceId,value,countMode\n"
                + plan + ",3-1-2-1,COUNT,2019,2019-08-31," + source + ",csv1,5,INCREMENT\n";
        List<Response> refused = List.of(
                given().auth().oauth2(vendor).contentType(ContentType.JSON).body(count(plan, source, "b", 1))
                        .post("/api/v1/measurements"),
                given().auth().oauth2(vendor).contentType(ContentType.JSON).body(count(plan, source, "a", 11))
                        .post("/api/v1/measurements"), // a correction (訂正)
                given().auth().oauth2(vendor).contentType(ContentType.JSON).body(List.of(count(plan, source, "c", 1)))
                        .post("/api/v1/measurements/batch"),
                given().auth().oauth2(vendor).contentType(ContentType.JSON).body(List.of(count(plan, source, "c", 1)))
                        .queryParam("dryRun", true).post("/api/v1/measurements/batch"),
                given().auth().oauth2(vendor).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/measurements/batch"),
                given().auth().oauth2(vendor).queryParam("reason", "誤り").delete("/api/v1/measurements/" + kept),
                given().auth().oauth2(vendor).contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(count(plan, source, "a", 12)).post("/api/v1/measurements"),
                given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                        .body(Map.of("effective", "a", "issuesAndFixes", "b", "nextSteps", "c"))
                        .put("/api/v1/plans/{key}/reviews/{id}/narratives/1-1-1-1", plan, yearEnd));
        for (Response response : refused) {
            response.then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:mezasu:problem:period-closed"));
        }
        // a replay of the first request, same content, is not a write: it gets its first answer
        given().auth().oauth2(vendor).contentType(ContentType.JSON).header("Idempotency-Key", key).body(first)
                .post("/api/v1/measurements").then().statusCode(202).body("id", equalTo(kept));
        assertEquals(1, ledgerRows(plan));

        reopen(approver, plan, "訂正のため").then().statusCode(403);
        reopen(operator, plan, " ").then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        reopen(operator, plan, "区政会議の指摘で訂正").then().statusCode(200).body("closed", equalTo(false));
        reopen(operator, plan, "again").then().statusCode(409);
        given().auth().oauth2(vendor).contentType(ContentType.JSON).body(count(plan, source, "b", 1))
                .post("/api/v1/measurements").then().statusCode(202);
        assertEquals(2, ledgerRows(plan));
    }

    @Test
    void writesRacingTheCloseLandBeforeItOrNotAtAll() throws Exception {
        String plan = "minato-close-race";
        TestPlans.ensurePublished(plan);
        String vendor = TestTokens.vendor("plan:" + plan);
        String yearEnd = review(plan, "YEAR_END", "2020-03-31");
        String source = "race-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean closedSeen = new AtomicBoolean();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    boolean batch = writer == 0;
                    Object body = batch ? List.of(count(plan, source, writer + "-" + i + "-x", 1),
                            count(plan, source, writer + "-" + i + "-y", 1)) : count(plan, source, writer + "-" + i, 1);
                    // Only a request sent after the close answered must see it: one sent before may still commit first
                    // (the close waits for it) and be answered after the close was.
                    boolean sentAfterClose = closedSeen.get();
                    Response r = given().auth().oauth2(vendor).contentType(ContentType.JSON).body(body)
                            .post(batch ? "/api/v1/measurements/batch" : "/api/v1/measurements");
                    if (r.statusCode() == 409) {
                        assertEquals("urn:mezasu:problem:period-closed", r.path("type"));
                        return null;
                    }
                    assertEquals(batch ? 200 : 202, r.statusCode(), r.asString());
                    accepted.addAndGet(batch ? 2 : 1);
                    if (sentAfterClose) {
                        after.incrementAndGet(); // sent after the close returned, yet accepted: must not happen
                    }
                }
                return null;
            }));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> accepted.get() > 20);
        close(plan, yearEnd).then().statusCode(200);
        closedSeen.set(true);
        long atClose = ledgerRows(plan);
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        // what the race looked like, for the record (surefire keeps the output)
        System.out.printf("close race: %d measurements landed before the close, %d after it%n", atClose,
                ledgerRows(plan) - atClose);
        assertTrue(atClose > 0, "some writes landed before the close");
        assertEquals(atClose, ledgerRows(plan), "no write landed after the close committed");
        assertEquals(accepted.get(), atClose, "every accepted write is in the ledger");
        assertEquals(0, after.get(), "no write sent after the close answered was accepted");
    }

    private String review(String plan, String kind, String asOf) {
        return given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("kind", kind, "asOf", asOf))
                .post("/api/v1/plans/{key}/reviews", plan).then().statusCode(201).extract().path("id");
    }

    private Response close(String plan, String review) {
        return given().auth().oauth2(approver).contentType(ContentType.JSON).body(Map.of("review", review))
                .post("/api/v1/plans/{key}/close", plan);
    }

    private static Response reopen(String token, String plan, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/plans/{key}/reopen", plan);
    }

    static Map<String, Object> count(String plan, String source, String sourceId, long value) {
        return Body.with(Body.count(source, sourceId, value, "INCREMENT"), "plan", plan);
    }

    private long ledgerRows(String plan) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM measurement_ledger WHERE plan_key = ?")) {
            ps.setString(1, plan);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
