package io.mezasu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates events against the one copy of their schemas, docs/events/{type}.schema.json, so tests of
 * both services check what they produce and consume against the same contract (no copies per service).
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The events directory: -Dmezasu.events.dir (set by the parent pom), else ../docs/events. */
    public static Path dir() {
        return Path.of(System.getProperty("mezasu.events.dir", "../docs/events"));
    }

    /** Returns the violations, empty when {@code eventJson} is a valid {@code name} event (e.g. plan.published.v1). */
    public static List<String> validate(String name, String eventJson) {
        try {
            JsonNode event = JSON.readTree(eventJson);
            return schema(name).validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            Path file = dir().resolve(n + ".schema.json");
            try {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("no schema " + file, e);
            }
        });
    }
}
