package io.mezasu.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two JSON documents compared as the contract reads them: a null property is an absent one (the generated clients
 * leave nulls out), and a number is its value (55.0 and 55 are the same threshold; its precision is the rule's
 * {@code decimals}).
 */
final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), canonical(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(canonical(item)));
            return copy;
        }
        return node.isNumber() ? NODES.numberNode(node.decimalValue().stripTrailingZeros()) : node;
    }
}
