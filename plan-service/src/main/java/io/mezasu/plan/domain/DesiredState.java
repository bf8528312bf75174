package io.mezasu.plan.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Set;

/**
 * めざす状態: one desired state of a strategy (戦略), worded as the plan words it. {@code placement} says whether
 * the plan's layout puts it under its strategy (STATED) or whether it was placed there by meaning (INFERRED, with
 * a note), as {@link Target#pairing()} does for targets.
 * <p>
 * JSON: a STATED desired state stays a plain string, the form PlanPublished v1 always had; only an INFERRED one
 * is an object {@code {text, placement, placementNote}}. Documents written before remain valid, and readers that
 * only know strings meet the object only where the placement is in doubt. Both forms are read by {@link Reader}
 * (explicit, where Jackson's creator detection would have to guess between them).
 */
@JsonDeserialize(using = DesiredState.Reader.class)
public record DesiredState(String text, Placement placement, String placementNote) {

    public enum Placement {
        STATED, INFERRED
    }

    public DesiredState {
        placement = placement == null ? Placement.STATED : placement;
    }

    /** A desired state the layout places under its strategy: the plain-string form. */
    public static DesiredState stated(String text) {
        return new DesiredState(text, Placement.STATED, null);
    }

    public static DesiredState inferred(String text, String note) {
        return new DesiredState(text, Placement.INFERRED, note);
    }

    public boolean isInferred() {
        return placement == Placement.INFERRED;
    }

    /** The string for a STATED placement, the object otherwise (see the class comment). */
    @JsonValue
    Object json() {
        return isInferred() ? new Inferred(text, placement, placementNote) : text;
    }

    /** The object form, in this field order (the canonical JSON is hashed). */
    private record Inferred(String text, Placement placement, String placementNote) {
    }

    /** Reads either form; an object with other fields is refused, as the strict plan mapper refuses them elsewhere. */
    static final class Reader extends StdDeserializer<DesiredState> {

        private static final Set<String> FIELDS = Set.of("text", "placement", "placementNote");

        Reader() {
            super(DesiredState.class);
        }

        @Override
        public DesiredState deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return stated(p.getText());
            }
            JsonNode node = ctxt.readTree(p); // not p.readValueAsTree(): that checks for trailing tokens mid-document
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(DesiredState.class, "a desired state is a string or an object");
            }
            for (var names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    return ctxt.reportInputMismatch(DesiredState.class, "unknown desired state field '" + name + "'");
                }
            }
            return new DesiredState(textOf(node, "text"), placementOf(node, ctxt), textOf(node, "placementNote"));
        }

        private static String textOf(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        private static Placement placementOf(JsonNode node, DeserializationContext ctxt) throws IOException {
            String placement = textOf(node, "placement");
            try {
                return placement == null ? null : Placement.valueOf(placement);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(DesiredState.class, "placement is STATED or INFERRED, not " + placement);
            }
        }
    }
}
