package io.mezasu.measurement.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/events/asyncapi.yaml against what it describes: the topics declared once in the platform's config, and the
 * schema files beside it. Plain JUnit: it reads files, so a drift fails the build without starting anything.
 */
class AsyncApiDocumentTest {

    static final Path EVENTS = Path.of("..", "docs", "events");
    static final Path PLATFORM_CONFIG = Path.of("..", "platform", "src", "main", "resources", "META-INF",
            "microprofile-config.properties");

    static Map<String, Object> document;

    @BeforeAll
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(EVENTS.resolve("asyncapi.yaml"))) {
            document = new Yaml().load(in);
        }
    }

    @Test
    void itIsAnAsyncApi3DocumentWithChannelsOperationsAndMessages() {
        assertEquals("3.0.0", document.get("asyncapi"));
        for (String section : List.of("info", "channels", "operations", "components")) {
            assertNotNull(document.get(section), section);
        }
    }

    @Test
    void everyDeclaredTopicIsAChannelAndEveryChannelADeclaredTopic() throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(PLATFORM_CONFIG)) {
            config.load(in);
        }
        Set<String> declared = config.stringPropertyNames().stream()
                .filter(name -> name.matches("mezasu\\.kafka\\.topics\\.[^.]+\\.name"))
                .map(config::getProperty).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(declared.contains("mezasu.measurements"), "read the topics: " + declared);
        Set<String> channels = map(document.get("channels")).values().stream()
                .map(channel -> (String) map(channel).get("address")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, channels);
    }

    @Test
    void everyReferencedSchemaFileExistsAndEverySchemaFileIsReferenced() throws IOException {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        Set<String> files = new TreeSet<>();
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertNotNull(resolve(ref), "no " + ref + " in the document");
            } else {
                assertTrue(Files.isRegularFile(EVENTS.resolve(ref)), ref + " does not exist in docs/events");
                files.add(ref);
            }
        }
        try (Stream<Path> listing = Files.list(EVENTS)) {
            Set<String> schemas = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(schemas, files, "schema files in docs/events vs. those the AsyncAPI document references");
        }
    }

    @Test
    void eachMessageIsNamedForTheCloudEventsTypeOfItsSchema() throws IOException {
        for (Object message : map(map(document.get("components")).get("messages")).values()) {
            Object payload = map(map(message).get("payload")).get("$ref");
            String ref = String.valueOf(payload);
            if (ref.endsWith(".schema.json")) {
                String name = ref.substring(0, ref.length() - ".schema.json".length());
                assertEquals("io.mezasu." + name, map(message).get("name"), ref);
                assertTrue(Files.readString(EVENTS.resolve(ref)).contains("\"urn:mezasu:events:" + name + "\""), ref);
            }
        }
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add((String) value);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }

    /** A local reference, e.g. {@code #/components/messages/planPublished}; null when it leads nowhere. */
    private static Object resolve(String ref) {
        Object node = document;
        for (String part : ref.substring(2).split("/")) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(part)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }
}
