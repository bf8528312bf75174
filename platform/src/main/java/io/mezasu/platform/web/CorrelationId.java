package io.mezasu.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The id that ties a request, its log lines and any 500 problem together. Kept in the logging MDC. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationId() {
    }

    /** A caller's id is kept only when it is short and safe to log; otherwise a fresh one is made. */
    public static String accept(String fromCaller) {
        String id = fromCaller != null && SAFE.matcher(fromCaller).matches() ? fromCaller : newId();
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static String currentOrNew() {
        Object current = MDC.get(MDC_KEY);
        return current != null ? current.toString() : accept(null);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
