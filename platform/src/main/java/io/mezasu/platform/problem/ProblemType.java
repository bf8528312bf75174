package io.mezasu.platform.problem;

import java.net.URI;

/**
 * The problem types both services use. Stable identifiers a client can switch on;
 * documented in docs/api-guide.md. The title is the same for every instance of a type.
 */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request"),
    MALFORMED_BODY(400, "Request body is malformed"),
    VALIDATION_FAILED(400, "Request is not valid"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    IMMUTABLE(409, "Resource is immutable"),
    /** The plan's fiscal year is closed (確定) after the 区政会議: its figures no longer change. */
    PERIOD_CLOSED(409, "The fiscal year is closed"),
    LOG_INCOMPLETE(409, "The event log is incomplete"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Request cannot be processed"),
    /** A target wording (業績目標) that cannot be read as a rule without guessing. */
    AMBIGUOUS_RULE(422, "Wording cannot be read as a rule"),
    SERVICE_UNAVAILABLE(503, "Service temporarily unavailable"),
    INTERNAL(500, "Internal server error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
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
