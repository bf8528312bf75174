package io.mezasu.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Accepts or creates a correlation id per request and echoes it on every response. */
public class CorrelationIdFilters {

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String id = CorrelationId.accept(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(CorrelationId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(CorrelationId.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, id.toString());
        }
        CorrelationId.clear();
    }
}
