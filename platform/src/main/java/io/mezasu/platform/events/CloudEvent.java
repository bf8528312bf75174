package io.mezasu.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole envelope is the Kafka record value.
 * {@code id} is unique per event; consumers deduplicate by it, which makes redelivery harmless.
 * {@code data} stays a JSON tree here; each service reads it into its own typed view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        URI source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        URI dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static CloudEvent of(URI source, EventType type, String subject, OffsetDateTime time, JsonNode data) {
        return of(UUID.randomUUID().toString(), source, type, subject, time, data);
    }

    /** With an id of the caller's, when the id is known before the event is written (and deduplicated by). */
    public static CloudEvent of(String id, URI source, EventType type, String subject, OffsetDateTime time,
            JsonNode data) {
        return new CloudEvent(SPEC_VERSION, id, source, type.value(), subject, time, "application/json", type.schema(),
                data);
    }
}
