package io.routehandlers.internal.scan;

import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.tree.RoutePath;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A route class with its parsed path and handlers.
 *
 * @param type the route class
 * @param path the parsed path
 * @param handlers the handler of each HTTP method, the first of its variants when it has several
 * @param variants every handler of each HTTP method, in the order of their signatures: one, or several told apart by
 *     the types they produce and consume and the versions they answer (S-18)
 * @param allow the {@code Allow} header value: the handlers' methods, {@code HEAD} with {@code GET}, and
 *        {@code OPTIONS}, sorted and joined with {@code ", "}
 * @param settings the segment config: whether and how {@code GET} answers are cached
 * @param staticParams the {@code @StaticParams} method, or {@code null}
 * @param split how a metadata route with {@code @SitemapIds} or {@code @ImageIds} is served by id, or {@code null}
 * @param entityTag the {@code @EntityTag} method, which tells the current tag of a path (S-18.5), or {@code null}
 */
public record RouteDefinition(
        Class<?> type,
        RoutePath path,
        Map<String, Handler> handlers,
        Map<String, List<Handler>> variants,
        String allow,
        RouteSettings settings,
        Method staticParams,
        Split split,
        Handler entityTag) {

    public RouteDefinition {
        handlers = Map.copyOf(handlers);
        variants = Map.copyOf(variants);
    }

    /** Builds a definition of handlers by method, computing its {@code Allow} value. */
    public static RouteDefinition of(Class<?> type, RoutePath path, Map<String, List<Handler>> variants) {
        Map<String, Handler> handlers = new LinkedHashMap<>();
        variants.forEach((method, list) -> handlers.put(method, list.get(0)));
        Set<String> methods = new TreeSet<>(handlers.keySet());
        if (methods.remove(Handler.SOCKET)) {
            methods.add("GET"); // the upgrade's method; without a @GET handler a plain GET is answered 426
        }
        if (handlers.containsKey("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return new RouteDefinition(
                type, path, handlers, variants, String.join(", ", methods), RouteSettings.DEFAULT, null, null, null);
    }

    /** This route with its resolved segment config. */
    public RouteDefinition withSettings(RouteSettings resolved) {
        return new RouteDefinition(type, path, handlers, variants, allow, resolved, staticParams, split, entityTag);
    }

    /** This route with its {@code @StaticParams} method ({@code null} for none). */
    public RouteDefinition withStaticParams(Method method) {
        return new RouteDefinition(type, path, handlers, variants, allow, settings, method, split, entityTag);
    }

    /** This route with its {@code @EntityTag} method ({@code null} for none). */
    public RouteDefinition withEntityTag(Handler method) {
        return new RouteDefinition(type, path, handlers, variants, allow, settings, staticParams, split, method);
    }

    /** This route served by id: the child definition at its {@code [id]} path. */
    public RouteDefinition withSplit(Split how) {
        return new RouteDefinition(type, path, handlers, variants, allow, settings, staticParams, how, entityTag);
    }

    /** The sitemap index of a split sitemap route: the same handlers at the declared path, which has no params. */
    public Optional<RouteDefinition> index() {
        if (split == null || split.kind() != MetadataKind.SITEMAP || split.role() != Split.Role.CHILD) {
            return Optional.empty();
        }
        // The index answers GET (and HEAD, OPTIONS) only: the handlers of other methods are the files'.
        return Optional.of(new RouteDefinition(
                type,
                split.declared(),
                Map.of("GET", handlers.get("GET")),
                Map.of("GET", variants.get("GET")),
                "GET, HEAD, OPTIONS",
                settings,
                null,
                split.asIndex(),
                null));
    }

    /**
     * The handler's params of a matched path: the matched ones, or for a split route's file the id without its
     * extension.
     *
     * @return the params, or {@code null} when the path is a split route's file without its extension (404)
     */
    public List<Object> bind(List<Object> matched) {
        return split == null ? matched : split.bind(matched);
    }

    /** The path whose configuration keys apply: the declared one, also for the files of a split route. */
    public RoutePath configPath() {
        return split == null ? path : split.declared();
    }

    /**
     * The handler that answers an HTTP method: its own, or for {@code HEAD} the {@code GET} handler (S-2.4).
     *
     * @return the handler, or {@code null} when the method is answered 405 (or automatic OPTIONS)
     */
    public Handler handlerFor(String httpMethod) {
        if (httpMethod.equals(Handler.SOCKET)) {
            return null; // a client's method, not the socket handler's key
        }
        Handler handler = handlers.get(httpMethod);
        return handler == null && httpMethod.equals("HEAD") ? handlers.get("GET") : handler;
    }

    /**
     * The handlers of a method, several when they are told apart by types or versions (S-18); for {@code HEAD}
     * without its own handlers, those of {@code GET} (S-2.4).
     *
     * @return the handlers, empty when the method is answered 405 (or automatic OPTIONS)
     */
    public List<Handler> variantsFor(String httpMethod) {
        if (httpMethod.equals(Handler.SOCKET)) {
            return List.of();
        }
        List<Handler> list = variants.get(httpMethod);
        return list == null && httpMethod.equals("HEAD")
                ? variants.getOrDefault("GET", List.of())
                : list == null ? List.of() : list;
    }

    /** Every handler of the route, the variants of each method included (not its {@code @EntityTag} method). */
    public List<Handler> all() {
        List<Handler> all = new ArrayList<>();
        variants.values().forEach(all::addAll);
        return all;
    }

    /** The route's {@code @Socket} handler, if it has one (S-17.1). */
    public Optional<Handler> socket() {
        return Optional.ofNullable(handlers.get(Handler.SOCKET));
    }

    /** What the route serves when it is a metadata route (S-9): its {@code GET} handler returns a metadata type. */
    public Optional<MetadataKind> metadata() {
        Handler get = handlers.get("GET");
        return get == null ? Optional.empty() : get.metadata();
    }

    /** {@code com.acme.Items ((shop)/items)}: the class and its folder path, for messages. */
    public String describe() {
        return describe(type, path);
    }

    /** The class and its declared path in folder form (no leading {@code /}), as Next.js names routes. */
    public static String describe(Class<?> type, RoutePath path) {
        String declared = path.declared();
        return type.getName() + " (" + (declared.length() > 1 ? declared.substring(1) : declared) + ")";
    }
}
