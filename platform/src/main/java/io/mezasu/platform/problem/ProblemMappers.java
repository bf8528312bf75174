package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.mezasu.platform.web.CorrelationId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to one problem contract. Expected outcomes ({@link ProblemException},
 * bad JSON, bean validation, framework 4xx) are never logged with a stack trace; anything else
 * is a 500 whose correlation id is in both the body and the log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e.type(), e.getMessage(), e.errors(), instance(uri), null, e.headers(), e.extensions());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return responses.of(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) are not valid", errors,
                instance(uri), null, Map.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return malformed("Malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        var error = new Problem.FieldError(pointer(e), "unknown-field",
                "unknown field '" + e.getPropertyName() + "'");
        return responses.of(ProblemType.MALFORMED_BODY, "Unknown field" + at(e.getLocation()), List.of(error),
                instance(uri), null, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        var error = new Problem.FieldError(pointer(e), "invalid-format",
                "'" + e.getValue() + "' is not a valid " + e.getTargetType().getSimpleName());
        return responses.of(ProblemType.MALFORMED_BODY, "Invalid value" + at(e.getLocation()), List.of(error),
                instance(uri), null, Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        var error = new Problem.FieldError(pointer(e), "wrong-type", e.getOriginalMessage());
        return responses.of(ProblemType.MALFORMED_BODY, "Unexpected JSON" + at(e.getLocation()), List.of(error),
                instance(uri), null, Map.of());
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        // Includes a ProblemException thrown from a record's compact constructor during binding.
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        var error = new Problem.FieldError(pointer(e), "invalid-value", e.getOriginalMessage());
        return responses.of(ProblemType.MALFORMED_BODY, "Invalid JSON" + at(e.getLocation()), List.of(error),
                instance(uri), null, Map.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformed("Malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps syntax errors in a bare 400; unwrap to say where the body is broken.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Map<String, String> headers = e.getResponse().getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Allow") || h.getKey().equalsIgnoreCase("Retry-After")
                        || h.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .collect(Collectors.toMap(Map.Entry::getKey, h -> String.valueOf(h.getValue().get(0))));
        return responses.of(type, safeDetail(e, type), List.of(), instance(uri), null, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String correlationId = CorrelationId.currentOrNew();
        LOG.errorf(e, "Unexpected failure on %s [correlationId=%s]", uri == null ? "?" : uri.getPath(),
                correlationId);
        return responses.of(ProblemType.INTERNAL, "An unexpected error occurred. Quote correlation id "
                + correlationId + " when reporting it.", List.of(), instance(uri), correlationId, Map.of());
    }

    private Response malformed(String detail, UriInfo uri) {
        return responses.of(ProblemType.MALFORMED_BODY, detail, List.of(), instance(uri), null, Map.of());
    }

    /** Framework messages for 4xx are short and safe (e.g. "HTTP 405 Method Not Allowed"); keep them. */
    private static String safeDetail(WebApplicationException e, ProblemType type) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? type.title() : message;
    }

    static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** JSON pointer of the offending field, e.g. {@code /measurements/3/value}. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    /** Drops the method and parameter names bean validation puts first ({@code create.body.title → title}). */
    /**
     * The field a violation is about: the method node goes, a parameter node stays only when it is the
     * whole story ({@code list.size → size}, {@code create.plan.key → key}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() != ElementKind.METHOD).toList();
        List<Path.Node> properties = nodes.stream().filter(n -> n.getKind() != ElementKind.PARAMETER).toList();
        List<Path.Node> chosen = properties.isEmpty() ? nodes : properties;
        return chosen.isEmpty() ? violation.getPropertyPath().toString()
                : String.join(".", chosen.stream().map(Path.Node::toString).toList());
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
