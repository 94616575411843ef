package kz.rudny.cabinet.web.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Tells {@link RequestMonitor} which API call a request matched: {@code /api} followed by the resource class's and
 * the method's {@code @Path} templates ({@code /api/materials/{id}/files/{fileId}}), so every material's file counts
 * under one route.
 */
@Provider
public class ApiRoutes implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        request.setAttribute(RequestMonitor.ROUTE, "/api" + path(resource.getResourceClass())
                + path(resource.getResourceMethod()));
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        String value = path.value();
        value = value.startsWith("/") ? value : "/" + value;
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
