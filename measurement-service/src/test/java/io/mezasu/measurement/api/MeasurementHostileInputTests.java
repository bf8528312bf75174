package io.mezasu.measurement.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.measurement.support.Body;
import io.mezasu.measurement.support.TestPlans;
import io.mezasu.platform.security.Roles;
import io.mezasu.stack.HostileRequests;
import io.mezasu.stack.HostileRequests.Hostile;
import io.mezasu.stack.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #18's bad-input suite for measurement-service, from the tables under {@code src/test/resources/hostile/}:
 * every hostile value in place of every field of its type in every kind of measurement (single and batch), and
 * hostile requests of every other sort (broken JSON, bounds, CSV, query parameters, headers, content types, tokens).
 * Each is sent in English and in Japanese and must be a 4xx problem in our own words in that language, and nothing
 * may reach the database: the ledger, idempotency keys, reviews, narratives, period changes, webhook subscriptions
 * (購読) and deliveries (配信) keep their row counts. The sending and the checks both services share are in
 * {@link HostileRequests}.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeasurementHostileInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode VALUES = HostileRequests.table(MeasurementHostileInputTests.class,
            "hostile-values.json");
    private static final JsonNode BASES = HostileRequests.table(MeasurementHostileInputTests.class,
            "measurement-bases.json");
    private static final JsonNode REQUESTS = HostileRequests.table(MeasurementHostileInputTests.class,
            "measurement-requests.json");
    private static final HostileRequests.Reading READING = new HostileRequests.Reading(
            "trusted", MeasurementHostileInputTests::expand, MeasurementHostileInputTests::body);
    private static final Set<String> CODES_SEEN = new TreeSet<>();

    @Inject
    DataSource database;

    @BeforeEach
    void plan() throws Exception {
        TestPlans.ensurePublished(Body.PLAN);
    }

    static Stream<Arguments> mutations() {
        List<Arguments> cases = new ArrayList<>();
        BASES.fields().forEachRemaining(base -> base.getValue().path("fields").fields().forEachRemaining(field -> {
            Set<String> batched = new HashSet<>();
            base.getValue().path("batch").forEach(t -> batched.add(t.asText()));
            for (JsonNode value : VALUES.path(field.getValue().asText())) {
                ObjectNode body = base.getValue().path("body").deepCopy();
                body.set(field.getKey(), value);
                String name = base.getKey() + "." + field.getKey() + " = " + HostileRequests.shown(value);
                cases.add(Arguments.of(name, HostileRequests.json("/api/v1/measurements", body, "trusted")));
                if (batched.contains(field.getValue().asText())) {
                    cases.add(Arguments.of("batch " + name, HostileRequests.json("/api/v1/measurements/batch",
                            JSON.createArrayNode().add(body), "trusted")));
                }
            }
        }));
        return cases.stream();
    }

    static Stream<Arguments> requests() {
        List<Arguments> cases = new ArrayList<>();
        REQUESTS.path("requests").forEach(r -> cases.add(Arguments.of(r.path("name").asText(),
                HostileRequests.read(r, READING))));
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aHostileFieldIsRefused(String name, Hostile hostile) throws SQLException {
        refused(name, hostile);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aHostileRequestIsRefused(String name, Hostile hostile) throws SQLException {
        refused(name, hostile);
    }

    /** The valid forms of every base are still new to the ledger: no hostile variant of them was written. */
    @Order(3)
    @Test
    void noHostileVariantReachedTheLedger() {
        ArrayNode valid = JSON.createArrayNode();
        BASES.fields().forEachRemaining(base -> {
            if (!base.getKey().startsWith("_")) {
                valid.add(base.getValue().path("body"));
            }
        });
        given().auth().oauth2(token("trusted")).contentType("application/json").body(HostileRequests.escaped(valid))
                .queryParam("dryRun", true).when().post("/api/v1/measurements/batch")
                .then().statusCode(200).body("counts.imported", org.hamcrest.Matchers.equalTo(valid.size()));
    }

    @AfterAll
    static void codesSeen() {
        // Read in the build log: which problem codes the suite saw, each checked in both languages.
        System.out.println("Problem codes seen by MeasurementHostileInputTests: " + CODES_SEEN);
    }

    private void refused(String name, Hostile hostile) throws SQLException {
        long before = storedRows();
        HostileRequests.refusedInTwoLanguages(name, hostile, MeasurementHostileInputTests::token, CODES_SEEN);
        assertEquals(before, storedRows(), name + ": rows were written");
    }

    private long storedRows() throws SQLException {
        try (Connection c = database.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT (SELECT count(*) FROM measurement_ledger) + (SELECT count(*) FROM idempotency_key)"
                        + " + (SELECT count(*) FROM review) + (SELECT count(*) FROM review_narrative)"
                        + " + (SELECT count(*) FROM plan_period_change)"
                        + " + (SELECT count(*) FROM webhook_subscription) + (SELECT count(*) FROM webhook_delivery)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String token(String auth) {
        return switch (auth) {
            case "none" -> null;
            case "forged" -> "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.forged";
            case "expired" -> TestTokens.expired(Roles.VENDOR);
            case "other-key" -> TestTokens.signedByAnotherKey(Roles.VENDOR);
            case "audience" -> TestTokens.wrongAudience(Roles.VENDOR);
            case "issuer" -> TestTokens.wrongIssuer(Roles.VENDOR);
            case "reader" -> TestTokens.forRoles(Roles.READER);
            case "evaluator" -> TestTokens.forRoles(Roles.EVALUATOR);
            case "approver" -> TestTokens.forRoles(Roles.APPROVER);
            case "operator" -> TestTokens.forRoles(Roles.OPERATOR);
            case "vendor-elsewhere" -> TestTokens.vendor("plan:kita-fy2019");
            default -> TestTokens.mint(TestTokens.spec(Roles.VENDOR, Roles.READER, Roles.OPERATOR)
                    .withVendorScope(List.of("plan:minato-fy2019")));
        };
    }

    private static byte[] body(JsonNode r) {
        if (r.has("merge")) {
            ObjectNode body = BASES.path(r.path("merge").asText()).path("body").deepCopy();
            r.path("json").fields().forEachRemaining(f -> body.set(f.getKey(), expanded(f.getValue())));
            return HostileRequests.escaped(body);
        }
        if (r.has("batchOf")) {
            JsonNode base = BASES.path(r.path("batchOf").asText()).path("body");
            return HostileRequests.escaped(JSON.createArrayNode().add(base));
        }
        if (r.has("csv")) {
            return csv(r.path("csv")).getBytes(StandardCharsets.UTF_8);
        }
        return HostileRequests.deepOrText(r, MeasurementHostileInputTests::expand);
    }

    /** The survey base as a one-row CSV, with some cells replaced; every cell quoted. */
    private static String csv(JsonNode overrides) {
        ObjectNode row = BASES.path("survey").path("body").deepCopy();
        overrides.fields().forEachRemaining(f -> row.set(f.getKey(), f.getValue()));
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        String header = String.join(",", names);
        String cells = names.stream().map(n -> "\"" + row.path(n).asText().replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","));
        return header + "\n" + cells + "\n";
    }

    /** {@code %AREAS101%}: one area more than a measurement may name. */
    private static JsonNode expanded(JsonNode value) {
        if (value.isTextual() && value.asText().equals("%AREAS101%")) {
            ArrayNode areas = JSON.createArrayNode();
            for (int i = 0; i < 101; i++) {
                areas.add("地域" + i);
            }
            return areas;
        }
        return HostileRequests.expanded(value, MeasurementHostileInputTests::expand);
    }

    private static String expand(String text) {
        return text.replace("%DIGITS%", "9".repeat(2_000)).replace("%LONG201%", "x".repeat(201))
                .replace("%LONG500%", "x".repeat(500)).replace("%LONG1001%", "x".repeat(1_001))
                .replace("%LONG2049%", "x".repeat(2_049)).replace("%LONG3900%", "x".repeat(3_900))
                .replace("%HUGE%", "長".repeat(1_000_000));
    }
}
