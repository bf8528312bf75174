package io.mezasu.plan.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Canonical JSON of a plan document (what is stored, hashed and published) and back. Part of the domain: the
 * content hash, the ETag and the PlanPublished payload all depend on these exact bytes. Static and bean-free, so
 * the domain needs no container; Jackson is the one library the domain may use (see PlanArchitectureTest).
 */
public final class PlanDocuments {

    /**
     * A mapper of its own, not the application's: the stored and published form of a plan must not
     * change with HTTP-layer customizations (the application mapper emitted a phantom "sues" for issues()).
     * Thread-safe once built.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private PlanDocuments() {
    }

    /** The plan as a JSON tree, for embedding in events. */
    public static JsonNode tree(PlanDocument plan) {
        return MAPPER.valueToTree(plan);
    }

    public static String write(PlanDocument plan) {
        try {
            return MAPPER.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan document cannot be serialized", e);
        }
    }

    public static PlanDocument read(String json) {
        try {
            return MAPPER.readValue(json, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan document cannot be read", e);
        }
    }

    /** One part of a plan (a target's rule in a spreadsheet cell) in the same canonical JSON. */
    public static String writePart(Object part) {
        try {
            return MAPPER.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan part cannot be serialized", e);
        }
    }

    /** Reads one part as strictly as a whole document; the exception says what is wrong, for the user. */
    public static <T> T readPart(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    public static String sha256(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
