package kz.rudny.cabinet.domain.platform.control;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served OpenAPI document to the standard, so that validators and client generators take it.
 * Payara adds a top-level {@code endpoints} map (the server's paths by application) that is neither an
 * OpenAPI field nor an {@code x-} extension, and it has no setting to leave it out; it writes no empty map,
 * so this filter empties it. Named as {@code mp.openapi.filter} in this module's microprofile-config.properties:
 * Payara reads MicroProfile Config of an EAR from the EAR's own class loader (its lib/ jars, not a web module's
 * classes), so both the setting and this class live here, for every module's API.
 */
public class StandardOpenApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Method setEndpoints;
        try {
            setEndpoints = document.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException notPayaras) {
            return; // another implementation of MicroProfile OpenAPI: it adds no such map
        }
        try {
            setEndpoints.invoke(document, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not take Payara's endpoints out of the OpenAPI document", e);
        }
    }
}
