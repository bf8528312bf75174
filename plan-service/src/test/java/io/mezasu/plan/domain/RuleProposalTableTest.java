package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mezasu.plan.domain.wording.AmbiguousWording;
import io.mezasu.platform.problem.ProblemLanguage;
import io.mezasu.platform.problem.ProblemTexts;
import io.mezasu.platform.problem.Text;
import io.mezasu.plan.domain.wording.Proposal;
import io.mezasu.plan.domain.wording.TargetGrammar;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wording table ({@code wordings/rule-proposals.json}): every Minato FY2019 target with its
 * fixture rule as the expected answer, the forms Osaka wards write, and near misses that must be
 * refused. An expected rule lists the fields it checks; Minato rows check the whole rule, except the
 * fields named in {@code differs}, each with the reason the proposal cannot know it.
 */
class RuleProposalTableTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static JsonNode table() throws IOException {
        try (InputStream in = RuleProposalTableTest.class.getResourceAsStream("/wordings/rule-proposals.json")) {
            return MAPPER.readTree(in);
        }
    }

    static Stream<Arguments> proposed() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        table().path("proposed").forEach(row -> rows.add(Arguments.of(row.path("name").asText(), row)));
        return rows.stream();
    }

    static Stream<Arguments> refused() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        table().path("refused").forEach(row -> rows.add(Arguments.of(row.path("targetText").asText(), row)));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proposed")
    void proposesTheExpectedRule(String name, JsonNode row) {
        Proposal proposal = TargetGrammar.propose(row.path("indicator").asText(""), row.path("targetText").asText());
        JsonNode actual = MAPPER.valueToTree(proposal.rule());
        List<String> mismatches = new ArrayList<>();
        compare("", row.path("rule"), actual, row.path("differs"), mismatches);
        if (!mismatches.isEmpty()) {
            fail(name + ": " + String.join("; ", mismatches) + "\n proposed " + actual);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatItCannotRead(String text, JsonNode row) {
        AmbiguousWording refusal = assertThrows(AmbiguousWording.class,
                () -> TargetGrammar.propose(row.path("indicator").asText(""), text), () -> "proposed a rule for " + text);
        // The reason an editor reads: the refusal's text in English, from the service's problem bundle.
        String reason = ProblemTexts.resolve(new Text(refusal.key(), refusal.args()), ProblemLanguage.EN);
        assertTrue(reason.contains(row.path("reason").asText()),
                () -> "reason '" + reason + "' should mention '" + row.path("reason").asText() + "'");
    }

    @Test
    void theTableIsLargeEnoughAndCoversAllOfMinato() throws IOException {
        JsonNode table = table();
        long minato = 0;
        for (JsonNode row : table.path("proposed")) {
            if (row.path("name").asText().startsWith("minato ")) {
                minato++;
            }
        }
        assertEquals(63, minato, "every Minato target is in the table");
        assertTrue(table.path("proposed").size() + table.path("refused").size() >= 80);
        for (JsonNode row : table.path("proposed")) {
            row.path("differs").fields().forEachRemaining(e -> assertTrue(e.getValue().asText().length() > 10,
                    row.path("name").asText() + ": every difference is explained"));
        }
    }

    /** Fields of {@code expected} only; numbers by value (55.0 has its scale checked through decimals). */
    private static void compare(String path, JsonNode expected, JsonNode actual, JsonNode differs,
            List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (differs.has(at)) {
                continue;
            }
            JsonNode want = field.getValue();
            JsonNode got = actual.path(field.getKey());
            if (want.isObject() && got.isObject()) {
                compare(at, want, got, differs, out);
            } else if (want.isNumber() && got.isNumber()) {
                if (new BigDecimal(want.asText()).compareTo(new BigDecimal(got.asText())) != 0) {
                    out.add(at + " expected " + want + " got " + got);
                }
            } else if (!(want.isNull() && (got.isNull() || got.isMissingNode())) && !want.equals(got)) {
                out.add(at + " expected " + want + " got " + got);
            }
        }
    }
}
