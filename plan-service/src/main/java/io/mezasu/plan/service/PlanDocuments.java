package io.mezasu.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mezasu.plan.domain.PlanDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Canonical JSON of a plan document (what is stored, hashed and published) and back. */
@ApplicationScoped
public class PlanDocuments {

    /**
     * A mapper of its own, not the application's: the stored and published form of a plan must not
     * change with HTTP-layer customizations (the application mapper emitted a phantom "sues" for issues()).
     */
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The plan as a JSON tree, for embedding in events. */
    public JsonNode tree(PlanDocument plan) {
        return mapper.valueToTree(plan);
    }

    public String write(PlanDocument plan) {
        try {
            return mapper.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan document cannot be serialized", e);
        }
    }

    public PlanDocument read(String json) {
        try {
            return mapper.readValue(json, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan document cannot be read", e);
        }
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
