package io.mezasu.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mezasu.plan.domain.PlanDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Canonical JSON of a plan document (what is stored, hashed and published) and back. */
@ApplicationScoped
public class PlanDocuments {

    private final ObjectMapper mapper;

    public PlanDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
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
