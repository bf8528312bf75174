package io.mezasu.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States, for schemas whose Java types carry no OpenAPI annotations (the framework-free domain records), that every
 * property is always written ({@code required}) and which of them may be {@code null}, the way
 * {@code @Schema(required = true, nullable = true)} does for annotated records. OpenAPI 3.1: a nullable property
 * has {@code "null"} among its types, or, for a {@code $ref}, is {@code anyOf} the reference and {@code null}.
 */
public final class NullableProperties {

    private NullableProperties() {
    }

    /** @param nullableBySchema component schema name → the properties that may be null; unknown names are skipped */
    public static void mark(OpenAPI document, Map<String, Set<String>> nullableBySchema) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        nullableBySchema.forEach((name, nullable) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                nullable.forEach(property -> {
                    Schema declared = schema.getProperties().get(property);
                    if (declared == null) {
                        throw new IllegalStateException(name + " has no property " + property);
                    }
                    schema.addProperty(property, nullable(declared));
                });
            }
        });
    }

    /** The same schema, or null. Idempotent: the filters run at build and again at start-up. */
    static Schema nullable(Schema declared) {
        if (declared.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(declared.getRef());
            Schema none = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
            return OASFactory.createSchema().description(declared.getDescription())
                    .anyOf(List.of(reference, none));
        }
        List<Schema.SchemaType> types = declared.getType();
        if (types != null && !types.contains(Schema.SchemaType.NULL)) {
            declared.addType(Schema.SchemaType.NULL);
        }
        return declared;
    }
}
