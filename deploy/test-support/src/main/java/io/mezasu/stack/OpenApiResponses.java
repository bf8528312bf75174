package io.mezasu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a real response body against the schema a service's own OpenAPI 3.1 document states for it (JSON Schema
 * 2020-12), so both services' tests hold their documents to the wire.
 */
public final class OpenApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiResponses() {
    }

    /**
     * Returns the violations of {@code body} against the {@code application/json} schema of {@code status} for
     * {@code method path} in {@code document} (the service's /q/openapi as JSON); one entry too when there is none.
     */
    public static List<String> validate(JsonNode document, String method, String path, int status, String body) {
        return validate(document, method, path, status, body, true);
    }

    /**
     * As {@link #validate(JsonNode, String, String, int, String)}, with nulls kept: for operations whose schemas
     * mark every property that may be null (nullable) and every property always written (required).
     */
    public static List<String> validateStrictly(JsonNode document, String method, String path, int status,
            String body) {
        return validate(document, method, path, status, body, false);
    }

    private static List<String> validate(JsonNode document, String method, String path, int status, String body,
            boolean lenient) {
        String where = method.toUpperCase() + " " + path + " " + status + ": ";
        JsonNode schema = document.path("paths").path(path).path(method.toLowerCase()).path("responses")
                .path(String.valueOf(status)).path("content").path("application/json").path("schema");
        if (!schema.isObject()) {
            return List.of(where + "no application/json schema in the document");
        }
        // The schema's $refs point into #/components: the document's components go along so that they resolve.
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root)
                    .validate(lenient ? withoutNulls(JSON.readTree(body)) : JSON.readTree(body)).stream()
                    .map(message -> where + message.getMessage()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Not every schema marks its properties nullable yet; for those the contract (docs/api-guide.md, "The OpenAPI
     * contract") reads a null property as an absent one, so nulls are left out before validating.
     */
    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }
}
