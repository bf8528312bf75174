package io.mezasu.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mezasu.platform.text.PlainText;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;

/**
 * Strings are JSON strings (never a number or boolean written as text) free of control characters; dates are
 * {@code yyyy-MM-dd} strings (never a date-time, an epoch day or an array of numbers), year-months {@code yyyy-MM}.
 */
final class StrictDeserializers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("mezasu-strict");
        module.addDeserializer(String.class, new Strings());
        module.addDeserializer(LocalDate.class,
                new Exact<>(LocalDate.class, DATE, LocalDate::from, "not a yyyy-MM-dd date"));
        module.addDeserializer(YearMonth.class,
                new Exact<>(YearMonth.class, YEAR_MONTH, YearMonth::from, "not a yyyy-MM year-month"));
        return module;
    }

    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (!PlainText.isMultiline(text)) {
                throw new ForbiddenCharacterException(p);
            }
            return text;
        }
    }

    /** A date-like value written as exactly one string of one pattern ({@code yyyy-MM-dd}, {@code yyyy-MM}). */
    static final class Exact<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final DateTimeFormatter format;
        private final TemporalQuery<T> query;
        private final String expected;

        Exact(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query, String expected) {
            super(type);
            this.type = type;
            this.format = format;
            this.query = query;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            try {
                return format.parse(text, query);
            } catch (DateTimeParseException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, expected));
            }
        }
    }
}
