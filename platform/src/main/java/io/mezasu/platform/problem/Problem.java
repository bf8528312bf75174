package io.mezasu.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error body of both services: RFC 9457 {@code application/problem+json}.
 * {@code errors} lists every field problem at once; {@code correlationId} ties a 5xx to its log line;
 * {@code extensions} are extra top-level members (RFC 9457 §3.2), e.g. a batch import's summary.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Problem type; see docs/api-guide.md", example = "urn:mezasu:problem:validation-failed")
        URI type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/api/v1/plans") URI instance,
        @Schema(description = "Set on server errors; the same id is in the log line") String correlationId,
        List<FieldError> errors,
        @Schema(hidden = true) @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field-level problem. {@code field} is a dotted path or a JSON pointer, {@code code} is stable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "/issues/0/strategies/0/code") String field,
            @Schema(example = "duplicate-code") String code,
            @Schema(example = "code 1-1 is used twice") String message) {
    }

    public Problem withInstance(URI newInstance) {
        return new Problem(type, title, status, detail, newInstance, correlationId, errors, extensions);
    }
}
