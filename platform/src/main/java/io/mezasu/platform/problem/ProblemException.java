package io.mezasu.platform.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services to end a request with a problem body. Carries no stack trace: it is an
 * expected outcome, not a failure, and the mapper never prints it. Its texts are keys ({@link Text}), put into
 * the caller's language when the response is written:
 *
 * <pre>throw ProblemException.notFound(Text.of("plan.no-draft", "plan", key));
 * throw ProblemException.invalid(Text.of("measurement.body-required"), List.of(FieldIssue.of("/", "required")));</pre>
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<FieldIssue> errors;
    private final Map<String, String> headers;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public ProblemException(ProblemType type, Text detail, List<FieldIssue> errors) {
        this(type, detail, errors, Map.of(), Map.of());
    }

    private ProblemException(ProblemType type, Text detail, List<FieldIssue> errors, Map<String, String> headers,
            Map<String, Object> extensions) {
        super(detail.key(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(Text detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException unprocessable(Text detail, List<FieldIssue> errors) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, errors);
    }

    public static ProblemException invalid(Text detail, List<FieldIssue> errors) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ProblemException unavailable(Text detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail)
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** The same problem with one more response header (e.g. {@code Retry-After}, {@code WWW-Authenticate}). */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ProblemException(type, detail, errors, more, extensions);
    }

    /** The same problem with extra top-level members (RFC 9457 §3.2), e.g. a batch import's summary. */
    public ProblemException withExtensions(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(extensions);
        all.putAll(more);
        return new ProblemException(type, detail, errors, headers, all);
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldIssue> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
