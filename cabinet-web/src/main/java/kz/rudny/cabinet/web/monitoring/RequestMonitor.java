package kz.rudny.cabinet.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.time.Duration;
import kz.rudny.cabinet.domain.monitoring.RequestContext;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The first filter of every request (web.xml maps it before the others): gives the request its id (a valid
 * {@code X-Request-Id} it came with, else a new one), echoes it in the response and keeps it for the log records of
 * the request; and times the request into {@code cabinet.requests}, one timer per route and method. A route is the
 * address's template, never the address itself: a page's view ({@code /library/material.xhtml}, its ids are query
 * parameters), an API call's JAX-RS template ({@code /api/materials/{id}}, set by {@link ApiRoutes}), a servlet's
 * mapping ({@code /files/*}); anything answered 404 counts as {@code unmatched}, so unknown addresses cannot add
 * timers without end.
 */
public class RequestMonitor extends HttpFilter {

    /** The request attribute in which {@link ApiRoutes} leaves the matched API template. */
    static final String ROUTE = RequestMonitor.class.getName() + ".route";

    static final Metadata REQUESTS = Metadata.builder().withName("cabinet.requests")
            .withDescription("Requests served, by route (page, API call template or servlet mapping) and method")
            .withUnit("nanoseconds").build();

    @Inject
    MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestContext.idFrom(request.getHeader(RequestContext.HEADER));
        response.setHeader(RequestContext.HEADER, requestId);
        RequestContext.begin(requestId);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.end();
            if (!request.isAsyncStarted()) {
                registry.timer(REQUESTS, new Tag("route", route(request, response.getStatus())),
                        new Tag("method", method(request.getMethod())))
                        .update(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    static String route(HttpServletRequest request, int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "unmatched";
        }
        Object api = request.getAttribute(ROUTE);
        if (api != null) {
            return api.toString();
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null) {
            return "unmatched";
        }
        MappingMatch match = mapping.getMappingMatch() == null ? MappingMatch.DEFAULT : mapping.getMappingMatch();
        return switch (match) {
            case EXTENSION, EXACT -> request.getServletPath();
            case CONTEXT_ROOT -> "/";
            case PATH -> mapping.getPattern();
            case DEFAULT -> "other";
        };
    }

    private static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" -> method;
            default -> "other";
        };
    }
}
