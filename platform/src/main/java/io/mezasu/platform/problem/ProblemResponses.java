package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Renders a {@link Problem} as an {@code application/problem+json} response, whatever the client accepts. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ProblemType type, String detail, List<Problem.FieldError> errors, URI instance,
            String correlationId, Map<String, String> headers) {
        return of(type, detail, errors, instance, correlationId, headers, Map.of());
    }

    public Response of(ProblemType type, String detail, List<Problem.FieldError> errors, URI instance,
            String correlationId, Map<String, String> headers, Map<String, Object> extensions) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, correlationId,
                errors, extensions);
        Response.ResponseBuilder builder = Response.status(type.status())
                // Serialized here, not by content negotiation: an error must render even when the
                // client asked for text/csv or something we cannot produce.
                .entity(write(problem))
                .type(Problem.MEDIA_TYPE);
        headers.forEach(builder::header);
        return builder.build();
    }

    public Response of(ProblemType type, String detail, URI instance) {
        return of(type, detail, List.of(), instance, null, Map.of());
    }

    private String write(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings cannot fail to serialize; keep a valid body if it ever does.
            return "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
    }
}
