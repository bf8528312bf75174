package io.mezasu.platform.events;

import java.net.URI;

/**
 * A versioned CloudEvents type. The schema of each lives once, in docs/events/{name}.v{n}.schema.json,
 * and its {@code $id} is {@link #schema()}. A breaking change is a new version, never an edit.
 */
public record EventType(String name, int version) {

    public static final String PREFIX = "io.mezasu.";

    public String value() {
        return PREFIX + name + ".v" + version;
    }

    public URI schema() {
        return URI.create("urn:mezasu:events:" + name + ".v" + version);
    }

    /** Parses {@code io.mezasu.plan.published.v1}; returns null for a type that is not ours. */
    public static EventType parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return null;
        }
        int dot = value.lastIndexOf(".v");
        if (dot < PREFIX.length()) {
            return null;
        }
        try {
            return new EventType(value.substring(PREFIX.length(), dot), Integer.parseInt(value.substring(dot + 2)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
