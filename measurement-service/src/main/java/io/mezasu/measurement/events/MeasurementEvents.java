package io.mezasu.measurement.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.mezasu.measurement.config.MeasurementConfig;
import io.mezasu.measurement.domain.measurement.Measurement;
import io.mezasu.measurement.domain.measurement.MeasurementChange;
import io.mezasu.platform.events.CloudEvent;
import io.mezasu.platform.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes and reads the CloudEvents of the measurements topic. The schemas are
 * docs/events/measurement.{recorded,corrected,retracted}.v1.schema.json.
 */
@ApplicationScoped
public class MeasurementEvents {

    public static final int VERSION = 1;

    private final ObjectMapper mapper;
    private final MeasurementConfig config;

    public MeasurementEvents(ObjectMapper mapper, MeasurementConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    public String write(MeasurementChange change) {
        ObjectNode data = mapper.createObjectNode()
                .put("measurementId", change.measurementId().toString())
                .put("plan", change.plan())
                .put("target", change.target())
                .put("source", change.source())
                .put("sourceId", change.sourceId())
                .put("actor", change.actor());
        if (change.type() == MeasurementChange.Type.RETRACTED) {
            data.put("reason", change.reason());
        } else {
            data.put("contentHash", change.contentHash());
            data.putRawValue("measurement", new RawValue(change.content()));
        }
        EventType type = new EventType(change.type().eventName(), VERSION);
        CloudEvent event = CloudEvent.of(change.eventId().toString(), config.eventSource(), type, change.key(),
                change.recordedAt(), data);
        try {
            return mapper.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException("an event always serializes", e);
        }
    }

    /** Reads an event back; throws IllegalArgumentException for anything that is not one of ours. */
    public MeasurementChange read(String json) {
        JsonNode event;
        try {
            event = mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        EventType type = EventType.parse(event.path("type").asText(null));
        MeasurementChange.Type change = type == null || type.version() != VERSION ? null : typeOf(type.name());
        if (change == null) {
            throw new IllegalArgumentException("not a measurement event: type " + event.path("type").asText());
        }
        JsonNode data = event.path("data");
        Measurement measurement = change == MeasurementChange.Type.RETRACTED ? null
                : MeasurementJson.read(data.path("measurement"));
        return new MeasurementChange(
                UUID.fromString(required(event, "id")),
                change,
                UUID.fromString(required(data, "measurementId")),
                required(data, "plan"),
                required(data, "target"),
                required(data, "source"),
                required(data, "sourceId"),
                required(data, "actor"),
                OffsetDateTime.parse(required(event, "time")),
                measurement,
                change == MeasurementChange.Type.RETRACTED ? null : required(data, "contentHash"),
                change == MeasurementChange.Type.RETRACTED ? required(data, "reason") : null,
                measurement == null ? null : MeasurementJson.write(measurement)); // on the reading thread
    }

    private static MeasurementChange.Type typeOf(String name) {
        for (MeasurementChange.Type type : MeasurementChange.Type.values()) {
            if (type.eventName().equals(name)) {
                return type;
            }
        }
        return null;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }
}
