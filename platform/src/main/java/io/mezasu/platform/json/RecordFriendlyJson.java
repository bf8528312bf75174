package io.mezasu.platform.json;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Our wire types are records: their components are the properties. Without this, a component named
 * {@code issues} also shows up as a phantom is-getter property "sues".
 */
@Singleton
public class RecordFriendlyJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false);
    }
}
