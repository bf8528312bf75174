package io.mezasu.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * A request body that takes JSON or another type (the measurement batch: a JSON array or CSV) lists JSON first.
 * Client generators type the body by its first media type: with CSV first a generated client sends a file's
 * Jackson rendering as text/csv; with JSON first it sends typed objects, and CSV stays a raw HTTP call.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class JsonBodyFirst implements OASFilter {

    static final String JSON = "application/json";

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() == null || body.getContent().getMediaTypes() == null) {
            return body;
        }
        Map<String, MediaType> types = body.getContent().getMediaTypes();
        if (!types.containsKey(JSON) || types.keySet().iterator().next().equals(JSON)) {
            return body;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        ordered.put(JSON, types.get(JSON));
        types.forEach(ordered::putIfAbsent);
        body.getContent().setMediaTypes(ordered);
        return body;
    }
}
