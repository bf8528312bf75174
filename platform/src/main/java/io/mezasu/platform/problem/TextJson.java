package io.mezasu.platform.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A {@link Text} anywhere in a response (e.g. a batch import's per-row conflicts) is written as a string in the
 * caller's language, so a service can build a body without knowing who will read it.
 */
@Singleton
public class TextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("mezasu-texts").addSerializer(Text.class, new Writer()));
    }

    static final class Writer extends StdSerializer<Text> {
        Writer() {
            super(Text.class);
        }

        @Override
        public void serialize(Text text, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(ProblemTexts.resolve(text, RequestLanguage.current()));
        }
    }
}
