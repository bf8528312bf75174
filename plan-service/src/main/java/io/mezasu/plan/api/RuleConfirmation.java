package io.mezasu.plan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which proposed rules to confirm (確認する目標). The body is optional, so it is read here rather than by
 * the framework, which would refuse a POST without a Content-Type: no body, {@code {}} or no
 * {@code targets} confirms every proposed rule of the draft.
 */
@Schema(name = "RuleConfirmation", description = "Optional; omit to confirm every proposed rule")
public record RuleConfirmation(
        @Schema(description = "Target codes, e.g. [\"1-1-1-1\"]") List<String> targets) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern CODE = Pattern.compile("\\d+-\\d+-\\d+-\\d+");

    /** The codes to confirm, or null for all. */
    static List<String> codes(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        RuleConfirmation confirmation;
        try {
            confirmation = MAPPER.readValue(body, RuleConfirmation.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, Text.of("plan.confirmation-body"));
        }
        if (confirmation == null || confirmation.targets() == null) {
            return null;
        }
        List<FieldIssue> errors = new ArrayList<>();
        for (int i = 0; i < confirmation.targets().size(); i++) {
            String code = confirmation.targets().get(i);
            if (code == null || !CODE.matcher(code).matches()) {
                errors.add(FieldIssue.of("/targets/" + i, "invalid-code"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("plan.confirmation-codes"), errors);
        }
        return List.copyOf(confirmation.targets());
    }
}
