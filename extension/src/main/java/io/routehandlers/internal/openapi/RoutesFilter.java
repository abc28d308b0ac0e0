package io.routehandlers.internal.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Adds the routes to the finished document, for an application whose own model reader replaced the extension's;
 * paths the document has already (from the extension's reader) are left as they are (S-13.1).
 */
public class RoutesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RouteDocument.addRoutes(openAPI);
    }
}
