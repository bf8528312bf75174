package io.mezasu.plan.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;

/**
 * Puts the Minato FY2019 fixture into the OpenAPI document as the example plan document, so
 * integrators see the real thing in Swagger UI and the example cannot drift from the fixture.
 */
public class OpenApiExamples implements OASFilter {

    static final String FIXTURE = "plans/minato-fy2019.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Example example = OASFactory.createExample()
                .summary("Osaka City Minato Ward, FY2019 (平成31年度 港区運営方針)")
                .value(readFixture());
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addExample("minato-fy2019", example);
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, withoutNulls(v));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiExamples::withoutNulls).toList();
        }
        return node;
    }

    private static Object readFixture() {
        try (InputStream in = OpenApiExamples.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                return null;
            }
            // Absent and null read the same to the API; the example leaves the nulls out, as the OpenAPI schemas
            // (generated from the records) do not mark their properties nullable.
            return withoutNulls(new ObjectMapper().readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
