package io.mezasu.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

class JsonBodyFirstTest {

    @Test
    void jsonMovesInFrontOfCsv() {
        RequestBody body = OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("text/csv", OASFactory.createMediaType())
                .addMediaType("application/json", OASFactory.createMediaType()));
        new JsonBodyFirst().filterRequestBody(body);
        assertEquals(List.of("application/json", "text/csv"), List.copyOf(body.getContent().getMediaTypes().keySet()));
    }

    @Test
    void aBodyWithoutJsonIsLeftAlone() {
        RequestBody body = OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("text/csv", OASFactory.createMediaType())
                .addMediaType("application/octet-stream", OASFactory.createMediaType()));
        new JsonBodyFirst().filterRequestBody(body);
        assertEquals(List.of("text/csv", "application/octet-stream"),
                List.copyOf(body.getContent().getMediaTypes().keySet()));
    }
}
