package io.routehandlers.internal.openapi;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Names the extension's OpenAPI model reader and filter to MicroProfile OpenAPI ({@code mp.openapi.model.reader},
 * {@code mp.openapi.filter}) with the lowest ordinal, so that any value of the application's wins: an application
 * with its own reader still gets the routes from the filter, and the other way round (S-13.1). Where the server has
 * no MicroProfile OpenAPI, it names nothing.
 */
public final class OpenApiConfigSource implements ConfigSource {

    /** Below every source of the application ({@code microprofile-config.properties} is 100). */
    static final int ORDINAL = 1;

    static final String READER = "mp.openapi.model.reader";
    static final String FILTER = "mp.openapi.filter";

    /** The extension's reader and filter, by name: naming them loads nothing where MicroProfile OpenAPI is absent. */
    static final String OWN_READER = "io.routehandlers.internal.openapi.RoutesModelReader";

    static final String OWN_FILTER = "io.routehandlers.internal.openapi.RoutesFilter";

    private final Map<String, String> values;

    public OpenApiConfigSource() {
        this.values = openApiPresent() ? Map.of(READER, OWN_READER, FILTER, OWN_FILTER) : Map.of();
    }

    /** Whether the application sees MicroProfile OpenAPI: checked by name, loading nothing of it. */
    public static boolean openApiPresent() {
        try {
            Class.forName(
                    "org.eclipse.microprofile.openapi.OASFilter", false, OpenApiConfigSource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "routehandlers-openapi";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
