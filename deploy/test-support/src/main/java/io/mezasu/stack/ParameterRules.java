package io.mezasu.stack;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every text a resource takes from the URL or a header is constrained (issue #18): a String path, query, form or
 * header parameter carries {@code @SingleLine} or a {@code @Pattern}, so no NUL or control character reaches a
 * query or a log. Read by annotation names, so this library needs no JAX-RS.
 */
public final class ParameterRules {

    private static final Set<String> PARAMETERS = Set.of("jakarta.ws.rs.PathParam", "jakarta.ws.rs.QueryParam",
            "jakarta.ws.rs.FormParam", "jakarta.ws.rs.HeaderParam");
    private static final Set<String> CONSTRAINTS = Set.of("io.mezasu.platform.text.SingleLine",
            "jakarta.validation.constraints.Pattern");
    /** Headers read by the framework's own grammar, never stored: the media type and the ETag a client echoes. */
    private static final Set<String> PARSED_HEADERS = Set.of("Content-Type", "If-None-Match");

    private ParameterRules() {
    }

    /** "Class.method(name)" of each String parameter without a constraint. */
    public static List<String> unconstrained(List<Class<?>> resources) {
        List<String> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    String name = boundName(parameter);
                    if (name != null && parameter.getType() == String.class && !PARSED_HEADERS.contains(name)
                            && Arrays.stream(parameter.getAnnotations()).noneMatch(
                                    a -> CONSTRAINTS.contains(a.annotationType().getName()))) {
                        found.add(resource.getSimpleName() + "." + method.getName() + "(" + name + ")");
                    }
                }
            }
        }
        return found;
    }

    private static String boundName(Parameter parameter) {
        for (Annotation a : parameter.getAnnotations()) {
            if (PARAMETERS.contains(a.annotationType().getName())) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
