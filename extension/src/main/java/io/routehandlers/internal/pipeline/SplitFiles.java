package io.routehandlers.internal.pipeline;

import io.routehandlers.Navigation;
import io.routehandlers.internal.metadata.SitemapIndex;
import io.routehandlers.internal.scan.RouteScanner;
import io.routehandlers.internal.scan.Split;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Optional;

/**
 * The ids of a split sitemap or image route (S-9.2, S-9.5), asked on every call: the route's index is the
 * extension's, listing the ids; the handler answers a file only for an id listed now, any other is a {@code 404}.
 */
final class SplitFiles {

    private SplitFiles() {}

    /**
     * The index of a split route, when the call asks for it; else checks the call's id.
     *
     * @param split the route's split
     * @param call the call
     * @param target the route's bean, whose ids method is called
     * @param baseUrl the application's metadata base URL
     * @return the index to answer, or empty when the handler answers the file
     * @throws io.routehandlers.NavigationException a {@code 404} for an id the route does not list now
     */
    static Optional<SitemapIndex> index(Split split, Call call, Object target, String baseUrl) throws Throwable {
        Collection<String> ids = ids(split, target);
        if (split.role() == Split.Role.INDEX) {
            return Optional.of(new SitemapIndex(
                    ids.stream().map(id -> baseUrl + split.childUrl(id)).toList()));
        }
        Object id = call.params().get(call.params().size() - 1);
        if (!ids.contains(id)) {
            throw Navigation.notFound();
        }
        return Optional.empty();
    }

    /** The ids the route's {@code @SitemapIds} or {@code @ImageIds} method lists now, as strings. */
    private static Collection<String> ids(Split split, Object target) {
        String method = RouteScanner.signature(split.ids());
        Object listed;
        try {
            listed = split.ids().invoke(Modifier.isStatic(split.ids().getModifiers()) ? null : target);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The ids method " + method + " threw", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The ids method " + method + " cannot be called", e);
        }
        if (listed == null) {
            throw new IllegalStateException("The ids method " + method + " returned null");
        }
        return Split.ids((Collection<?>) listed, problem -> {
            throw new IllegalStateException("The ids method " + method + " " + problem);
        });
    }
}
