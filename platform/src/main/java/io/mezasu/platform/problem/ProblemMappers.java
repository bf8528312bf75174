package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.mezasu.platform.json.ForbiddenCharacterException;
import io.mezasu.platform.web.CorrelationId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to one problem contract, in our own words. Expected outcomes ({@link ProblemException},
 * bad JSON, bean validation, framework 4xx) are never logged with a stack trace; anything else is a 500 whose
 * correlation id is in both the body and the log line. No library message is ever passed through.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final List<String> PASSED_HEADERS = List.of("Allow", "Retry-After", "WWW-Authenticate");

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e, instance(uri));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldIssue> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::issueOf)
                .sorted(Comparator.comparing(FieldIssue::field))
                .toList();
        return problem(ProblemException.invalid(Text.of("validation.fields", "count", errors.size()), errors), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return problem(JsonProblems.malformed(e), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return problem(JsonProblems.field(e, "unknown-field"), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return problem(JsonProblems.field(e, "invalid-format", "expected", JsonProblems.expected(e.getTargetType())),
                uri);
    }

    @ServerExceptionMapper
    public Response forbiddenCharacter(ForbiddenCharacterException e, UriInfo uri) {
        return problem(JsonProblems.field(e, "control-character"), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problem(JsonProblems.field(e, "wrong-type", "expected", JsonProblems.expected(e.getTargetType())),
                uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        // Includes a ProblemException thrown from a record's compact constructor during binding.
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatched instanceof ForbiddenCharacterException forbidden ? forbiddenCharacter(forbidden, uri)
                    : mismatched instanceof InvalidFormatException format ? invalidFormat(format, uri)
                    : mismatched instanceof UnrecognizedPropertyException unknown ? unknownField(unknown, uri)
                    : mismatchedInput(mismatched, uri);
        }
        return problem(JsonProblems.field(e, "invalid-value"), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        return problem(JsonProblems.malformed(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps syntax errors in a bare 400; unwrap to say where the body is broken.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemException problem = new ProblemException(type, Text.of("detail." + type.slug()));
        for (String name : PASSED_HEADERS) {
            String value = e.getResponse().getHeaderString(name);
            if (value != null) {
                problem = problem.withHeader(name, value);
            }
        }
        return problem(problem, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String correlationId = CorrelationId.currentOrNew();
        LOG.errorf(e, "Unexpected failure on %s [correlationId=%s]", uri == null ? "?" : uri.getPath(),
                correlationId);
        ProblemException problem = new ProblemException(ProblemType.INTERNAL,
                Text.of("detail.internal", "correlationId", correlationId));
        return responses.of(problem, instance(uri), correlationId);
    }

    static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    /** A violation in our words: its code from the constraint, its text {@code field.<code>} with the bounds. */
    static FieldIssue issueOf(ConstraintViolation<?> violation) {
        String code = codeOf(violation);
        List<Object> args = new ArrayList<>();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        for (String name : List.of("min", "max", "value")) {
            if (attributes.containsKey(name)) {
                args.add(name);
                args.add(attributes.get(name));
            }
        }
        return FieldIssue.of(fieldOf(violation), code, args.toArray());
    }

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
