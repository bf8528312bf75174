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
        module.addDeserializer(LocalDate.class, new Dates());
        module.addDeserializer(YearMonth.class, new YearMonths());
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

    static final class YearMonths extends StdScalarDeserializer<YearMonth> {
        YearMonths() {
            super(YearMonth.class);
        }

        @Override
        public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (YearMonth) ctxt.handleUnexpectedToken(YearMonth.class, p);
            }
            String text = p.getText();
            try {
                return YearMonth.parse(text, YEAR_MONTH);
            } catch (DateTimeParseException e) {
                return (YearMonth) ctxt.handleWeirdStringValue(YearMonth.class, text, "not a yyyy-MM year-month");
            }
        }
    }

    static final class Dates extends StdScalarDeserializer<LocalDate> {
        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a yyyy-MM-dd date");
            }
        }
    }
}
