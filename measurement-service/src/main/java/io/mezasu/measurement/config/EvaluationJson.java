package io.mezasu.measurement.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mezasu.measurement.domain.evaluation.OsakaLabel;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The Osaka label is written as the ward writes it (達成, 順調でない), in the API, the stored evaluations and
 * TargetEvaluated alike; the evaluation domain stays free of Jackson, so the mapping lives here. Evaluations
 * stored before the change wrote the constant's name (ACHIEVED) and still read back.
 */
@Singleton
public class EvaluationJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("osaka-label");
        module.addSerializer(OsakaLabel.class, new JsonSerializer<>() {
            @Override
            public void serialize(OsakaLabel label, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(label.text());
            }
        });
        module.addDeserializer(OsakaLabel.class, new JsonDeserializer<>() {
            @Override
            public OsakaLabel deserialize(JsonParser in, DeserializationContext context) throws IOException {
                try {
                    return OsakaLabel.parse(in.getValueAsString());
                } catch (IllegalArgumentException e) {
                    return (OsakaLabel) context.handleWeirdStringValue(OsakaLabel.class, in.getText(), e.getMessage());
                }
            }
        });
        mapper.registerModule(module);
    }
}
