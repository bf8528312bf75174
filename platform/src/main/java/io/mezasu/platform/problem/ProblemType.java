package io.mezasu.platform.problem;

import java.net.URI;

/**
 * The problem types both services use. Stable identifiers a client can switch on;
 * documented in docs/api-guide.md. The title is the same for every instance of a type: {@code title.<slug>}
 * in the problem bundles, in English and Japanese.
 */
public enum ProblemType {
    BAD_REQUEST(400),
    MALFORMED_BODY(400),
    VALIDATION_FAILED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    IMMUTABLE(409),
    /** The plan's fiscal year is closed (確定) after the 区政会議: its figures no longer change. */
    PERIOD_CLOSED(409),
    LOG_INCOMPLETE(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    /** A target wording (業績目標) that cannot be read as a rule without guessing. */
    AMBIGUOUS_RULE(422),
    SERVICE_UNAVAILABLE(503),
    INTERNAL(500);

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create("urn:mezasu:problem:" + slug());
    }

    /** The most specific type for a bare HTTP status, used when the framework rejects a request. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
