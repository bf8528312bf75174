package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Renders a {@link ProblemException} as an {@code application/problem+json} response, whatever the client accepts,
 * with every text put into the caller's language ({@link ProblemLanguage}) here and nowhere else.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ProblemException e, URI instance) {
        return of(e, instance, null);
    }

    public Response of(ProblemException e, URI instance, String correlationId) {
        return of(e, instance, correlationId, RequestLanguage.current());
    }

    /** For callers outside a REST request, which negotiate the language themselves. */
    public Response of(ProblemException e, URI instance, String correlationId, ProblemLanguage language) {
        ProblemType type = e.type();
        Problem problem = new Problem(type.uri(), title(type, language), type.status(),
                ProblemTexts.resolve(e.detail(), language), instance, correlationId,
                e.errors().stream().map(issue -> fieldError(issue, language)).toList(), e.extensions());
        Response.ResponseBuilder builder = Response.status(type.status())
                // Serialized here, not by content negotiation: an error must render even when the
                // client asked for text/csv or something we cannot produce.
                .entity(write(problem))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    public static String title(ProblemType type, ProblemLanguage language) {
        return ProblemTexts.resolve(Text.of("title." + type.slug()), language);
    }

    private static Problem.FieldError fieldError(FieldIssue issue, ProblemLanguage language) {
        Text text = issue.message();
        if (!text.args().containsKey("field")) {
            var args = new java.util.HashMap<>(text.args());
            args.put("field", issue.field());
            text = new Text(text.key(), args);
        }
        return new Problem.FieldError(issue.field(), issue.code(), ProblemTexts.resolve(text, language));
    }

    private String write(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A record of strings cannot fail to serialize; keep a valid body if it ever does.
            return "{\"status\":" + problem.status() + "}";
        }
    }
}
