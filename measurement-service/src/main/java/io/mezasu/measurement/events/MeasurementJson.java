package io.mezasu.measurement.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mezasu.measurement.domain.measurement.Measurement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical JSON of a measurement's content: sorted members, no nulls, numbers without trailing
 * zeros. Its SHA-256 is the content hash that tells an identical resubmission from a correction, in
 * the ledger and again in the projection.
 */
public final class MeasurementJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MeasurementJson() {
    }

    public static Measurement canonical(Measurement m) {
        return m.toBuilder().value(plain(m.value())).meanScore(plain(m.meanScore())).build();
    }

    public static String write(Measurement m) {
        try {
            return MAPPER.writeValueAsString(canonical(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a measurement always serializes", e);
        }
    }

    public static Measurement read(String json) {
        try {
            return MAPPER.readValue(json, Measurement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a measurement: " + e.getOriginalMessage(), e);
        }
    }

    public static Measurement read(JsonNode json) {
        try {
            return MAPPER.treeToValue(json, Measurement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a measurement: " + e.getOriginalMessage(), e);
        }
    }

    public static String hash(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** 3.50 → 3.5 and 1200 stays 1200 (not 1.2E+3, which other JSON readers turn into 1200.0). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
