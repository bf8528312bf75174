package io.mezasu.stack;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The scaffolding both services' hostile-input suites (issue #18) share: the request tables under
 * {@code src/test/resources/hostile/}, sending one hostile request in a language exactly as a client could, and the
 * checks every refusal must pass in English and Japanese. What differs per service (its tokens, placeholders, body
 * builders and the rows that must not change) stays in its suite and is passed in here.
 */
public final class HostileRequests {

    /** A hostile field in a JSON document is refused as malformed or as invalid. */
    public static final Set<Integer> FIELD_REFUSED = Set.of(400, 422);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every non-ASCII character escaped, so a lone surrogate arrives as the escape a client could send. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder()
            .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();

    private HostileRequests() {
    }

    /** One hostile request: what is sent, and the statuses (and optionally the code) it must be refused with. */
    public record Hostile(String method, String path, Map<String, String> query, Map<String, String> headers,
            String contentType, byte[] body, String auth, Set<Integer> status, String code) {
    }

    /** How a service reads a row of its request table: its default token name, placeholders and own body kinds. */
    public record Reading(String defaultAuth, UnaryOperator<String> expand, Function<JsonNode, byte[]> body) {
    }

    /** The English and Japanese problems a hostile request was refused with, both already checked. */
    public record Refusal(JsonNode english, JsonNode japanese) {
    }

    /** A table under {@code /hostile/} on the suite's class path. */
    public static JsonNode table(Class<?> suite, String name) {
        try (InputStream in = suite.getResourceAsStream("/hostile/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** A JSON document posted with the suite's ordinary token, to be refused as a hostile field. */
    public static Hostile json(String path, JsonNode body, String auth) {
        return new Hostile("POST", path, Map.of(), Map.of(), "application/json", escaped(body), auth, FIELD_REFUSED,
                null);
    }

    /** One row of a request table as a hostile request; {@code reading.body} builds the body. */
    public static Hostile read(JsonNode r, Reading reading) {
        Set<Integer> status = new HashSet<>();
        r.path("status").forEach(s -> status.add(s.asInt()));
        String contentType = r.hasNonNull("contentType") ? r.path("contentType").asText() : null;
        return new Hostile(r.path("method").asText(), reading.expand().apply(r.path("path").asText()),
                texts(r.path("query"), reading.expand()), texts(r.path("headers"), reading.expand()), contentType,
                reading.body().apply(r), r.path("auth").asText(reading.defaultAuth()), status,
                r.hasNonNull("code") ? r.path("code").asText() : null);
    }

    /** A row's query parameters or headers, in table order, placeholders expanded. */
    private static Map<String, String> texts(JsonNode members, UnaryOperator<String> expand) {
        Map<String, String> texts = new LinkedHashMap<>();
        members.fields().forEachRemaining(m -> texts.put(m.getKey(), expand.apply(m.getValue().asText())));
        return texts;
    }

    /** The body kinds every table has: {@code deep} nesting 2,000 levels down, else the {@code body} text. */
    public static byte[] deepOrText(JsonNode r, UnaryOperator<String> expand) {
        if (r.has("deep")) {
            String open = r.path("deep").asText();
            String close = open.startsWith("[") ? "]" : "}";
            return (open.repeat(2_000) + "1" + close.repeat(2_000)).getBytes(StandardCharsets.UTF_8);
        }
        return expand.apply(r.path("body").asText("")).getBytes(StandardCharsets.UTF_8);
    }

    /** A value of a {@code merge} row with its placeholders expanded (texts only). */
    public static JsonNode expanded(JsonNode value, UnaryOperator<String> expand) {
        return value.isTextual() ? JsonNodeFactory.instance.textNode(expand.apply(value.asText())) : value;
    }

    /**
     * Sends the request in both languages and checks both refusals are the same problem in our own words, with the
     * expected code if the row names one; adds the codes seen to {@code codesSeen}.
     */
    public static Refusal refusedInTwoLanguages(String name, Hostile hostile, Function<String, String> tokens,
            Set<String> codesSeen) {
        JsonNode english = ProblemChecks.problem(name + " [en]", send(hostile, "en", tokens), hostile.status(), "en");
        JsonNode japanese = ProblemChecks.problem(name + " [ja]", send(hostile, "ja", tokens), hostile.status(), "ja");
        ProblemChecks.sameProblemInTwoLanguages(name, english, japanese);
        if (hostile.code() != null && !ProblemChecks.codes(english).contains(hostile.code())) {
            throw new AssertionError(name + ": expected code " + hostile.code() + " in " + english);
        }
        codesSeen.addAll(ProblemChecks.codes(english));
        return new Refusal(english, japanese);
    }

    /**
     * Sends as given: no charset added, no URL encoding beyond the query's own. {@code tokens} maps the row's auth
     * name to a bearer token (null: none).
     */
    public static ProblemChecks.Answer send(Hostile hostile, String language, Function<String, String> tokens) {
        RequestSpecification request = given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false).header("Accept-Language", language);
        String token = tokens.apply(hostile.auth());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        hostile.headers().forEach(request::header);
        if (hostile.contentType() != null && hostile.contentType().startsWith("application/x-www-form-urlencoded")) {
            request.contentType(hostile.contentType()).body(new String(hostile.body(), StandardCharsets.UTF_8));
        } else if (hostile.contentType() != null) {
            request.contentType(hostile.contentType()).body(hostile.body());
        }
        Response response = request.request(hostile.method(), hostile.path() + query(hostile.query()));
        return new ProblemChecks.Answer(response.statusCode(), response.contentType(),
                response.header("Content-Language"), response.header("Vary"), response.asString());
    }

    /** The JSON with every non-ASCII character escaped. */
    public static byte[] escaped(JsonNode body) {
        try {
            return ESCAPING.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as a test name shows it: at most 40 characters. */
    public static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String query(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        return "?" + query.entrySet().stream().map(q -> q.getKey() + "="
                + URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
