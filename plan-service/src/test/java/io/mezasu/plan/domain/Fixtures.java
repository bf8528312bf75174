package io.mezasu.plan.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Minato FY2019 fixture, read the way the service reads documents (strict, java.time aware). */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Fixtures() {
    }

    public static ObjectNode minatoTree() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("plans/minato-fy2019.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDocument minato() {
        return toPlan(minatoTree());
    }

    public static PlanDocument toPlan(ObjectNode tree) {
        try {
            return JSON.treeToValue(tree, PlanDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
