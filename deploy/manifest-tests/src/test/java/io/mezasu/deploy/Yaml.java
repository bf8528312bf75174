package io.mezasu.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads YAML documents as maps, and walks them by path. */
final class Yaml {

    private Yaml() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new org.yaml.snakeyaml.Yaml(new LoaderOptions()).loadAll(text)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    /** The value at a dotted path ("spec.template.spec"), or null; list elements are not addressed. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String path) {
        Object current = node;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String path) {
        return Objects.requireNonNullElse(at(node, path), List.of());
    }
}
