package io.mezasu.platform.web;

import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Query, path and header parameters are read as strictly as JSON: {@code dryRun=maybe} is not false, {@code size=1.5}
 * or {@code page=10^20} is not a number, {@code from=2019-08-31T00:00} is not a date, {@code kind=survey} is not
 * SURVEY. Each is a 400 {@code validation-failed} naming the parameter (JAX-RS would answer a bare 404).
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "boolean", v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "integer", v -> Math.toIntExact(whole(v)));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "integer", StrictParams::whole);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "date", v -> LocalDate.parse(v, DATE));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = Arrays.toString(type.getEnumConstants());
            return (ParamConverter<T>) new Converter<>(name, Text.of("expected.one-of", "values", values),
                    v -> Enum.valueOf(type, v));
        }
        return null;
    }

    private static long whole(String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new IllegalArgumentException();
        }
        return Long.parseLong(value);
    }

    private static <V> Converter<V> converter(String name, String expected, Function<String, V> read) {
        return new Converter<>(name, Text.of("expected." + expected), read);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record Converter<V>(String name, Text expected, Function<String, V> read) implements ParamConverter<V> {

        @Override
        public V fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value);
            } catch (RuntimeException e) {
                // Wrapped so JAX-RS passes it on as is; ProblemMappers unwraps it to a 400 naming the parameter.
                throw new BadRequestException(new ProblemException(
                        io.mezasu.platform.problem.ProblemType.VALIDATION_FAILED,
                        Text.of("query.parameter-invalid", "field", name),
                        List.of(FieldIssue.of(name, "invalid-format", "expected", expected))));
            }
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
