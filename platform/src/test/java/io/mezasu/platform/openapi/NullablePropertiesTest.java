package io.mezasu.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class NullablePropertiesTest {

    @Test
    void marksEveryPropertyRequiredAndTheNamedOnesNullable() {
        OpenAPI document = document();
        NullableProperties.mark(document, Map.of("Evaluation", Set.of("actual", "confidence"), "Unknown", Set.of("x")));
        Schema evaluation = document.getComponents().getSchemas().get("Evaluation");
        assertEquals(List.of("status", "actual", "confidence"), evaluation.getRequired());
        assertEquals(List.of(Schema.SchemaType.STRING), evaluation.getProperties().get("status").getType());
        assertEquals(List.of(Schema.SchemaType.NUMBER, Schema.SchemaType.NULL),
                evaluation.getProperties().get("actual").getType());
        Schema confidence = evaluation.getProperties().get("confidence");
        assertNull(confidence.getRef());
        assertEquals("#/components/schemas/Confidence", confidence.getAnyOf().get(0).getRef());
        assertEquals(List.of(Schema.SchemaType.NULL), confidence.getAnyOf().get(1).getType());
    }

    @Test
    void runningTwiceChangesNothing() {
        OpenAPI document = document();
        Map<String, Set<String>> nullable = Map.of("Evaluation", Set.of("actual", "confidence"));
        NullableProperties.mark(document, nullable);
        String once = document.getComponents().getSchemas().get("Evaluation").toString();
        NullableProperties.mark(document, nullable);
        assertEquals(once, document.getComponents().getSchemas().get("Evaluation").toString());
        assertEquals(2, document.getComponents().getSchemas().get("Evaluation").getProperties().get("actual")
                .getType().size());
    }

    @Test
    void aPropertyThatDoesNotExistIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> NullableProperties.mark(document(), Map.of("Evaluation", Set.of("actaul"))));
    }

    private static OpenAPI document() {
        Schema evaluation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("actual", OASFactory.createSchema().addType(Schema.SchemaType.NUMBER))
                .addProperty("confidence", OASFactory.createSchema().ref("#/components/schemas/Confidence"));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Evaluation", evaluation));
    }
}
