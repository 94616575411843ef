package kz.rudny.cabinet.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import kz.rudny.cabinet.domain.security.Sha256;

/** Routes are templates, never addresses with ids; and only the configured token opens /metrics. */
class MonitoringFiltersTest {

    @Test
    void aPageCountsByItsViewAnApiCallByItsTemplateAServletByItsMapping() {
        assertEquals("/library/material.xhtml",
                RequestMonitor.route(request(MappingMatch.EXTENSION, "*.xhtml", "/library/material.xhtml", null), 200));
        assertEquals("/api/materials/{id}", RequestMonitor.route(
                request(MappingMatch.PATH, "/api/*", "/api", "/api/materials/{id}"), 200));
        assertEquals("/api/*", RequestMonitor.route(request(MappingMatch.PATH, "/api/*", "/api", null), 401),
                "refused before a resource matched");
        assertEquals("/feeds/calendar/*", RequestMonitor.route(
                request(MappingMatch.PATH, "/feeds/calendar/*", "/feeds/calendar", null), 200));
        assertEquals("/", RequestMonitor.route(request(MappingMatch.CONTEXT_ROOT, "", "", null), 302));
        assertEquals("other", RequestMonitor.route(request(MappingMatch.DEFAULT, "/", "/favicon.ico", null), 200));
    }

    @Test
    void anythingAnswered404CountsAsUnmatchedSoUnknownAddressesAddNoTimers() {
        assertEquals("unmatched", RequestMonitor.route(
                request(MappingMatch.EXTENSION, "*.xhtml", "/x" + System.nanoTime() + ".xhtml", null), 404));
        assertEquals("unmatched", RequestMonitor.route(
                request(MappingMatch.PATH, "/api/*", "/api", "/api/materials/{id}"), 404));
    }

    @Test
    void onlyTheConfiguredBearerTokenOpensTheMetrics() {
        byte[] expected = Sha256.of("a-token-of-the-monitoring-0123456789");
        assertTrue(MetricsAccess.allowed("Bearer a-token-of-the-monitoring-0123456789", expected));
        assertTrue(MetricsAccess.allowed("bearer a-token-of-the-monitoring-0123456789 ", expected));
        assertFalse(MetricsAccess.allowed("Bearer a-token-of-the-monitoring-012345678", expected));
        assertFalse(MetricsAccess.allowed("Basic YTpi", expected));
        assertFalse(MetricsAccess.allowed("Bearer ", expected));
        assertFalse(MetricsAccess.allowed(null, expected));
    }

    private static HttpServletRequest request(MappingMatch match, String pattern, String servletPath, String apiRoute) {
        HttpServletMapping mapping = (HttpServletMapping) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {HttpServletMapping.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMappingMatch" -> match;
                    case "getPattern" -> pattern;
                    default -> null;
                });
        Map<String, Object> answers = new HashMap<>();
        answers.put("getHttpServletMapping", mapping);
        answers.put("getServletPath", servletPath);
        return (HttpServletRequest) Proxy.newProxyInstance(getLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getAttribute")
                        ? (RequestMonitor.ROUTE.equals(args[0]) ? apiRoute : null)
                        : answers.get(method.getName()));
    }

    private static ClassLoader getLoader() {
        return MonitoringFiltersTest.class.getClassLoader();
    }
}
