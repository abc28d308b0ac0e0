package io.routehandlers.internal.problems;

import io.routehandlers.internal.tree.PathSyntaxException;
import io.routehandlers.spi.CacheLife;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalogue of deployment problems. Each has a stable id, says what is wrong and where, lists each
 * conflicting route on its own line, and ends with the fix. {@code docs/deployment-errors.md} lists
 * them all; change both together.
 */
public final class RouteMessages {

    private RouteMessages() {}

    public static DeploymentProblem sameUrl(String url, String first, String second) {
        return problem(
                "RH-001",
                "Conflicting routes at " + url + ":",
                List.of(first, second),
                "two routes cannot answer the same URL (route groups are left out of it); move or remove one.");
    }

    /** A route and a page of the WAR (static file, JSP, servlet, Jakarta REST resource) at one URL. */
    public static DeploymentProblem routeAndPage(String url, String route, String page) {
        return problem(
                "RH-002",
                "Conflicting route and page at " + url + ":",
                List.of(route, page),
                "a route cannot answer a URL the WAR already serves; move the route or the page.");
    }

    public static DeploymentProblem paramNames(
            String position, String firstName, String first, String secondName, String second) {
        return problem(
                "RH-003",
                "Different param names at " + position + ": [" + firstName + "] and [" + secondName
                        + "] are the same position:",
                List.of(first, second),
                "use one name for a dynamic segment at one position in every route.");
    }

    public static DeploymentProblem catchAllBesideOptional(String position, String catchAll, String optional) {
        return problem(
                "RH-004",
                "A catch-all and an optional catch-all at the same level, " + position + ":",
                List.of(catchAll, optional),
                "keep one of them; [[...x]] also answers what [...x] answers.");
    }

    public static DeploymentProblem optionalShadowsParent(String url, String parent, String optional) {
        return problem(
                "RH-005",
                "An optional catch-all also answers its parent path " + url + ", which is a route too:",
                List.of(parent, optional),
                "make the catch-all required ([...x]) or remove the parent route.");
    }

    public static DeploymentProblem syntax(String type, PathSyntaxException e) {
        String where = " in segment '" + e.segment() + "' of @Route(\"" + e.path() + "\") on " + type;
        return switch (e.reason()) {
            case NOT_ABSOLUTE ->
                problem(
                        "RH-010",
                        "Route path does not start with '/'" + where + ".",
                        List.of(),
                        "write the path from the context root, such as \"/items\".");
            case EMPTY_SEGMENT ->
                problem("RH-011", "Empty segment" + where + ".", List.of(), "remove the doubled or trailing '/'.");
            case EMPTY_NAME ->
                problem(
                        "RH-012",
                        "Empty param name" + where + ".",
                        List.of(),
                        "name the param between the brackets, such as [slug].");
            case MISSING_ELLIPSIS ->
                problem(
                        "RH-013",
                        "Optional segment without '...'" + where + ".",
                        List.of(),
                        "write an optional catch-all as [[...name]]; a single segment cannot be optional.");
            case UNICODE_ELLIPSIS ->
                problem(
                        "RH-014",
                        "Unicode ellipsis '\u2026'" + where + ".",
                        List.of(),
                        "type three periods '...' instead of the ellipsis character.");
            case EXTRA_BRACKETS ->
                problem(
                        "RH-015",
                        "Malformed brackets" + where + ".",
                        List.of(),
                        "brackets enclose a whole segment once: [x], [...x] or [[...x]].");
            case CATCH_ALL_NOT_LAST ->
                problem(
                        "RH-016",
                        "Catch-all is not the last segment" + where + ".",
                        List.of(),
                        "move the catch-all to the end of the path, or use [x] for one segment.");
            case DUPLICATE_PARAM ->
                problem(
                        "RH-017",
                        "Param name used twice" + where + ".",
                        List.of(),
                        "give each dynamic segment of a path its own name.");
            case PRIVATE_SEGMENT ->
                problem(
                        "RH-018",
                        "Private segment" + where + ": '_' segments are not routable.",
                        List.of(),
                        "rename the segment, or write %5F" + e.segment().substring(1) + " for a literal '" + e.segment()
                                + "'.");
            case MALFORMED_ESCAPE ->
                problem(
                        "RH-019",
                        "Malformed percent-escape" + where + ".",
                        List.of(),
                        "write a '%' as %25 and escapes as two hex digits of UTF-8.");
        };
    }

    public static DeploymentProblem noHandler(String route) {
        return problem(
                "RH-020",
                "Route class has no handler: " + route + ".",
                List.of(),
                "annotate a public method with @GET, @POST, @PUT, @PATCH, @DELETE, @HEAD or @OPTIONS.");
    }

    public static DeploymentProblem twoHandlers(String httpMethod, String route, String first, String second) {
        return problem(
                "RH-021",
                "Two handlers for " + httpMethod + " in " + route + ":",
                List.of(first, second),
                "keep one handler per HTTP method, or tell them apart by @Produces, @Consumes or @ApiVersion.");
    }

    /**
     * A configured managed executor that the application's naming context does not have (S-11.7), and why: the naming
     * context's words, or what the name holds instead.
     */
    public static DeploymentProblem missingExecutor(String name, String why) {
        return problem(
                "RH-064",
                "routehandlers.executor names " + name
                        + ", which is no managed executor or managed thread factory of the application (" + why
                        + ").",
                List.of(),
                "define one at " + name + " (on Jakarta EE 11 with Java 21, @ManagedExecutorDefinition or"
                        + " @ManagedThreadFactoryDefinition with virtual = true on a class of the application, or the"
                        + " server's configuration), or remove the key to use the default managed executor.");
    }

    /** A handler's {@code @ApiVersion}, {@code @Produces} or {@code @Consumes} value that cannot be read (S-18). */
    public static DeploymentProblem variantValue(String handler, String annotation, String problem) {
        return problem(
                "RH-062",
                "Handler " + handler + ": " + annotation + " " + problem + ".",
                List.of(),
                "write a version as one to three numbers joined with dots, with + for that version and later, and media"
                        + " types as type/subtype.");
    }

    /** A route's {@code @EntityTag} method that cannot tell the current tag (S-18.5). */
    public static DeploymentProblem entityTagMethod(String method, String problem) {
        return problem(
                "RH-063",
                "The @EntityTag method " + method + " " + problem + ".",
                List.of(),
                "make it one public instance method of the route that returns String (the current tag, null when the"
                        + " resource does not exist) and takes what a handler takes.");
    }

    public static DeploymentProblem unsupportedMethod(String handler, String httpMethod) {
        return problem(
                "RH-022",
                "Handler " + handler + " answers " + httpMethod + ", which is not a route handler method.",
                List.of(),
                "use one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, QUERY; other methods are answered 405.");
    }

    public static DeploymentProblem voidHandler(String handler) {
        return problem(
                "RH-023",
                "Handler " + handler + " returns void.",
                List.of(),
                "return the answer: RouteResponse.status(204), a RouteResponse, a Response, a String or an object "
                        + "for JSON.");
    }

    public static DeploymentProblem unsupportedParameter(String handler, int position, String type) {
        return problem(
                "RH-024",
                "Handler " + handler + " has an unsupported parameter #" + position + " of type " + type + ".",
                List.of(),
                "declare only RouteRequest, RouteContext<P>, HeaderStore, CookieStore, or a @Param(\"name\") String "
                        + "or List<String>.");
    }

    public static DeploymentProblem unknownParam(String handler, String name, String path, List<String> params) {
        return problem(
                "RH-025",
                "Handler " + handler + " has @Param(\"" + name + "\"), which is not a param of " + path + ".",
                List.of(),
                params.isEmpty()
                        ? "the path has no params; remove the @Param parameter."
                        : "use one of the path's params: " + String.join(", ", params) + ".");
    }

    public static DeploymentProblem paramType(String handler, String name, String actual, String expected) {
        return problem(
                "RH-026",
                "Handler " + handler + " binds @Param(\"" + name + "\") to " + actual + ", but the segment gives "
                        + expected + ".",
                List.of(),
                "declare the parameter as " + expected + " (String for [x], List<String> for [...x] and [[...x]]).");
    }

    public static DeploymentProblem recordMismatch(
            String handler, String record, String path, String detail, String expected) {
        return problem(
                "RH-027",
                "Handler " + handler + " takes RouteContext<" + record + ">, which does not match the params of " + path
                        + ": " + detail + ".",
                List.of(),
                "declare record " + record + "(" + expected + ") or use RouteContext<Params>.");
    }

    public static DeploymentProblem rawContext(String handler) {
        return problem(
                "RH-028",
                "Handler " + handler + " takes a raw RouteContext.",
                List.of(),
                "declare RouteContext<Params>, or RouteContext<R> with a record R of the route's params.");
    }

    public static DeploymentProblem notPublic(String handler, String httpMethod) {
        return problem(
                "RH-029",
                "Handler " + handler + " for " + httpMethod + " is not public.",
                List.of(),
                "make the method public.");
    }

    public static DeploymentProblem contextType(String handler, String type) {
        return problem(
                "RH-030",
                "Handler " + handler + " takes RouteContext<" + type
                        + ">, but the params type must be Params or a record.",
                List.of(),
                "declare RouteContext<Params>, or RouteContext<R> with a record R of the route's params.");
    }

    /** An invalid value in a {@code @RouteConfig} annotation. */
    public static DeploymentProblem invalidAnnotation(String route, String attribute, String allowed) {
        return problem(
                "RH-031",
                "Invalid @RouteConfig(" + attribute + ") on " + route + ".",
                List.of(),
                "use " + allowed + ".");
    }

    /** An invalid configuration value. */
    public static DeploymentProblem invalidValue(String key, String value, String source, String allowed) {
        return problem(
                "RH-032",
                "Invalid configuration value " + key + "=" + value + " (from " + source + ").",
                List.of(),
                "the allowed values are " + allowed + ".");
    }

    /** A {@code routehandlers.route.<path>.<option>} key whose path is no route's declared path. */
    public static DeploymentProblem keyNamesNoRoute(String key, String source, String path, List<String> routes) {
        return problem(
                "RH-033",
                "Configuration key " + key + " (from " + source + ") names no route: " + path + ".",
                List.of(),
                routes.isEmpty()
                        ? "the application has no routes; remove the key."
                        : "write a route's path as declared in @Route: "
                                + String.join(", ", routes.size() > 12 ? routes.subList(0, 12) : routes)
                                + (routes.size() > 12 ? ", ..." : "")
                                + ".");
    }

    /**
     * A {@code routehandlers.} key that is no option.
     *
     * @param keys every application-wide key, in full
     * @param routeOptions every option of {@code routehandlers.route.<path>.}
     */
    public static DeploymentProblem unknownKey(
            String key, String source, List<String> keys, List<String> routeOptions) {
        String global = keys.get(0) + ", ."
                + String.join(
                        ", .",
                        keys.subList(1, keys.size()).stream()
                                .map(k -> k.substring(keys.get(0).indexOf('.') + 1))
                                .toList());
        String route =
                "routehandlers.route.<path>." + String.join(", .", routeOptions.subList(0, routeOptions.size() - 1))
                        + " and ." + routeOptions.get(routeOptions.size() - 1);
        return problem(
                "RH-034",
                "Unknown configuration key " + key + " (from " + source + ").",
                List.of(),
                "the keys are " + global + " and " + route + "; an environment variable names one of them in upper "
                        + "case with '_' for every other character.");
    }

    /** A {@code @StaticParams} method with a wrong signature, or a second one. */
    public static DeploymentProblem staticParamsSignature(String method, String detail) {
        return problem(
                "RH-035",
                "@StaticParams method " + method + " " + detail + ".",
                List.of(),
                "declare one method per route class, without parameters, returning a Collection of Map<String, ?>.");
    }

    /** A {@code dynamic = "error"} route read request data while it was rendered at startup. */
    public static DeploymentProblem dynamicError(String message) {
        return problem(
                "RH-036",
                message,
                List.of(),
                "read no request data in a dynamic = \"error\" route, or make it force-static (empty request data) "
                        + "or force-dynamic (not cached).");
    }

    /** A {@code @StaticParams} method that failed or listed params the route does not have. */
    public static DeploymentProblem staticParamsValue(String method, String detail, List<String> params) {
        return problem(
                "RH-037",
                "@StaticParams method " + method + " " + detail + ".",
                List.of(),
                "return one map per path with exactly the route's params " + params
                        + ": a String for [x], a List<String> for [...x] and [[...x]].");
    }

    /**
     * The text of a failed deployment: a first line that names every id (some servers and tools show only
     * the first line of a message), then each problem.
     */
    public static String report(List<DeploymentProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " route problem: " : " route problems: ")
                + problems.stream().map(DeploymentProblem::id).collect(Collectors.joining(", "))
                + " (see Deployment errors in the routehandlers docs)\n\n"
                + problems.stream().map(DeploymentProblem::message).collect(Collectors.joining("\n\n"));
    }

    /** A cached route whose {@code GET} handler is protected (S-13.3). */
    public static DeploymentProblem cachedAndProtected(String route, String handler, String access) {
        return problem(
                "RH-041",
                "Route " + route + " is cached, but its GET handler " + handler + " is protected (" + access
                        + "): a shared cache would serve the protected answer to every caller.",
                List.of(),
                "make the route force-dynamic (@RouteConfig(dynamic = Dynamic.FORCE_DYNAMIC)), or protect only its "
                        + "other "
                        + "methods.");
    }

    /** {@code @RolesAllowed} without a role, or with an empty one. */
    public static DeploymentProblem emptyRole(String where, List<String> roles) {
        return problem(
                "RH-042",
                "@RolesAllowed(" + roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + ") on "
                        + where + " names " + (roles.isEmpty() ? "no role." : "an empty role."),
                List.of(),
                "name the roles that may call it, such as @RolesAllowed(\"admin\"); @PermitAll lets every caller in, "
                        + "@RolesAllowed(\"**\") every authenticated one.");
    }

    /** More than one of {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on one class or method. */
    public static DeploymentProblem conflictingAccess(String where, List<String> annotations) {
        return problem(
                "RH-043",
                where + " has " + String.join(" and ", annotations) + ", which contradict each other.",
                List.of(),
                "keep one; an annotation on a handler method wins over the one on its class.");
    }

    /** A handler that answers another method than {@code GET} returns a metadata type (S-9). */
    public static DeploymentProblem metadataNotGet(String handler, String httpMethod, String type) {
        return problem(
                "RH-044",
                "Handler " + handler + " answers " + httpMethod + " and returns " + type
                        + ", a metadata type, which only a GET handler may return.",
                List.of(),
                "return " + type + " from the route's @GET handler; other methods return a RouteResponse.");
    }

    /** A misplaced or wrong {@code @SitemapIds} or {@code @ImageIds} method (S-9.2, S-9.5). */
    public static DeploymentProblem idsMethod(String annotation, String method, String detail) {
        return problem(
                "RH-045",
                "@" + annotation + " method " + method + " " + detail + ".",
                List.of(),
                "declare one method per route class, without parameters, returning a Collection<String>, on a route "
                        + "whose path ends with a file name such as sitemap.xml and whose GET handler returns "
                        + (annotation.equals("SitemapIds") ? "Sitemap" : "an image") + ".");
    }

    /** {@code allow-credentials=true} with the origin {@code *} (S-13.4). */
    public static DeploymentProblem corsCredentialsWithAnyOrigin(String where, String key) {
        return problem(
                "RH-047",
                where + " allows credentials (" + key + "=true) from any origin (*), which browsers refuse "
                        + "and which would let every site read a signed-in user's answers.",
                List.of(),
                "list the origins that may send credentials in routehandlers.cors.origins, or leave "
                        + "allow-credentials false.");
    }

    /** {@code routehandlers.cache.store} names a store no bean provides, or several (S-12.1). */
    public static DeploymentProblem noCacheStore(String name, int stores) {
        String fix;
        if (stores > 1) {
            fix = "qualify one bean per store name.";
        } else if (name.equals("jcache")) {
            fix = "add io.routehandlers:routehandlers-jcache and a JCache provider (Hazelcast, Infinispan, "
                    + "Redisson) to the WAR, or remove the key to keep the in-memory cache.";
        } else {
            fix = "check the name (routehandlers-jcache's store is jcache), or remove the key to keep the in-memory "
                    + "cache.";
        }
        return problem(
                "RH-048",
                stores == 0
                        ? "routehandlers.cache.store=" + name + " names no store: the application has no "
                                + "ResponseCacheStore bean qualified @CacheStore(\"" + name + "\")."
                        : "routehandlers.cache.store=" + name + " names " + stores + " stores: " + stores
                                + " ResponseCacheStore beans are qualified @CacheStore(\"" + name + "\").",
                List.of(),
                fix);
    }

    /** A {@code @FilterPaths} pattern that is not route syntax (S-15.1). */
    public static DeploymentProblem filterPattern(String filter, String pattern, String reason) {
        return problem(
                "RH-049",
                "@FilterPaths(\"" + pattern + "\") on " + filter + " is not a route pattern: " + reason + ".",
                List.of(),
                "write the pattern in @Route syntax, such as \"/api/[...rest]\" for every route below /api or "
                        + "\"/admin/[[...all]]\" for /admin and below.");
    }

    /** A {@code @FilterPaths} pattern that matches some URLs of a route and not others (S-15.1). */
    public static DeploymentProblem partialFilterPattern(String filter, String pattern, String route) {
        return problem(
                "RH-050",
                "@FilterPaths(\"" + pattern + "\") on " + filter + " matches only some URLs of a route; filters "
                        + "are chosen per route, so it would not run for any of them:",
                List.of(route),
                "widen the pattern to cover the whole route (such as its catch-all), or split the route so that one "
                        + "route serves the URLs the filter is for.");
    }

    /** An exception mapper whose exception type is a type variable or not a class (S-15.4). */
    public static DeploymentProblem mapperType(String mapper, String type) {
        return problem(
                "RH-051",
                "Exception mapper " + mapper + " maps " + type + ", which is not an exception class.",
                List.of(),
                "implement RouteExceptionMapper<E> (or ExceptionMapper<E>) with E an exception class, such as "
                        + "RouteExceptionMapper<OutOfStockException>.");
    }

    /** Two exception mappers of one kind for one exception type, with one priority (S-15.4). */
    public static DeploymentProblem twoMappers(String exception, int priority, String first, String second) {
        return problem(
                "RH-052",
                "Two exception mappers map " + exception + " with priority " + priority + ":",
                List.of(first, second),
                "remove one, or give the one that should win a lower @Priority.");
    }

    /** A {@code @RateLimit} or {@code @ConcurrencyLimit} with a value out of range (S-16.2, S-16.3). */
    public static DeploymentProblem invalidLimit(String where, String annotation, String allowed) {
        return problem("RH-053", "Invalid " + annotation + " on " + where + ".", List.of(), "use " + allowed + ".");
    }

    /** A limit annotation on a method of a route class that is no handler: it would limit nothing (S-16.2). */
    /** A limit annotation on two handlers of one method, which share the method's limit (S-16.2, S-18.1). */
    public static DeploymentProblem limitOnVariants(
            String annotation, String httpMethod, String route, String first, String second) {
        return problem(
                "RH-054",
                annotation + " on two handlers of " + httpMethod + " in " + route + ":",
                List.of(first, second),
                "the handlers of one method share its limit: put it on one of them, or on the class.");
    }

    public static DeploymentProblem limitOnNoHandler(String method, String annotation) {
        return problem(
                "RH-054",
                annotation + " on " + method + ", which is not a handler: it would limit nothing.",
                List.of(),
                "put it on a handler (a method annotated @GET, @POST, ...) or on the route class, which limits every "
                        + "handler of the class together.");
    }

    /** A parameter of a {@code @Cached} method that cannot be part of a cache key (S-8.13). */
    public static DeploymentProblem unsupportedCacheKey(String method, String parameter, String type) {
        return problem(
                "RH-055",
                "Parameter " + parameter + " of @Cached method " + method + " is a " + type
                        + ", which cannot be part of a cache key.",
                List.of(),
                "pass what identifies the value instead: strings, numbers, booleans, enums, records of those, or lists"
                        + " of them (an id rather than an entity, a record of the filters rather than a request).");
    }

    /** The return type of a {@code @Cached} method whose values cannot be stored and read back (S-8.13). */
    public static DeploymentProblem unsupportedCachedValue(String method, String type, String why) {
        return problem(
                "RH-056",
                "@Cached method " + method + " returns " + type + ", which cannot be stored: " + why + ".",
                List.of(),
                "return a record (of strings, numbers, booleans, enums, UUIDs, instants, local dates and times, offset date-times, durations, records, lists and maps with"
                        + " string keys), a list or map of them, or a string or number; Optional and CompletionStage of"
                        + " those work too.");
    }

    /** {@code @Cached} on a method it cannot work on: a handler, or one no interceptor reaches (S-8.13). */
    public static DeploymentProblem cachedNotApplicable(String method, String why, String fix) {
        return problem("RH-057", "@Cached on " + method + ", which " + why + ".", List.of(), fix);
    }

    /** A cache life profile name that no built-in or configured profile has (S-8.12). */
    public static DeploymentProblem unknownLifeProfile(String where, String name, Collection<String> profiles) {
        return problem(
                "RH-058",
                where + " names the cache life profile \"" + name + "\", which does not exist.",
                List.of(),
                "use one of " + String.join(", ", new TreeSet<>(profiles))
                        + ", or define it as routehandlers.cache.life." + name + ".revalidate (and .stale, .expire).");
    }

    /** A configured cache life profile that expires before it goes stale, or is never fresh (S-8.12). */
    public static DeploymentProblem badLifeProfile(String name, Duration stale, Duration revalidate, Duration expire) {
        return problem(
                "RH-059",
                "The cache life profile " + name + " (stale " + seconds(stale) + ", revalidate " + seconds(revalidate)
                        + ", expire " + seconds(expire) + ") "
                        + (revalidate.isZero() ? "is never fresh." : "expires before it goes stale."),
                List.of(),
                "set routehandlers.cache.life." + name + ".revalidate to at least 1 second and .expire to at least"
                        + " as long (or never).");
    }

    private static String seconds(Duration duration) {
        return duration.compareTo(CacheLife.NEVER) >= 0 ? "never" : duration.getSeconds() + "s";
    }

    /** A {@code @Socket} method that cannot be a route's socket handler (S-17.1). */
    public static DeploymentProblem socketHandler(String method, String problem) {
        return problem(
                "RH-061",
                "The @Socket method " + method + " " + problem + ".",
                List.of(),
                "make it a public instance method without an HTTP method annotation that returns a SocketListener, "
                        + "taking what a handler takes (@Param values, RouteContext, RouteRequest, HeaderStore, "
                        + "CookieStore); answer plain GET requests with a @GET method of its own.");
    }

    /** A route that names a cache life profile and a {@code revalidate} time: the two say the same (S-8.12). */
    public static DeploymentProblem lifeAndRevalidate(String route, String life, String revalidate) {
        return problem(
                "RH-060",
                route + " names the cache life profile " + life + " and revalidate " + revalidate
                        + ": a profile already says when its answers go stale.",
                List.of(),
                "keep one: the profile (@RouteConfig(life = ...), routehandlers.route.<path>.life) or revalidate.");
    }

    /** A split sitemap whose index cannot be written: no base URL (S-9.2). */
    public static DeploymentProblem noMetadataBaseUrl(String route) {
        return problem(
                "RH-046",
                "Route " + route + " is split by @SitemapIds, but its sitemap index needs absolute URLs and "
                        + "routehandlers.metadata.base-url is not set.",
                List.of(),
                "set routehandlers.metadata.base-url to the site's URL, such as https://shop.example.");
    }

    /**
     * An API the extension needs at run time is not visible to the application (S-7.4).
     *
     * @param api what is missing and why it is needed
     * @param fix where to enable it on the servers the TCK runs on
     */
    public static DeploymentProblem missingPlatform(String api, String fix) {
        return problem("RH-038", api + " is not available to the application.", List.of(), fix);
    }

    /** A request value injected into a bean that outlives the request. */
    public static DeploymentProblem staleRequestValue(String injectionPoint, String qualifier, String scope) {
        return problem(
                "RH-040",
                "@" + qualifier + " injected into " + injectionPoint + " of a " + scope
                        + " bean: it would keep the value of the first request.",
                List.of(),
                "inject it into a @RequestScoped bean, or read the value per request through HeaderStore or "
                        + "CookieStore.");
    }

    private static DeploymentProblem problem(String id, String what, List<String> peers, String fix) {
        StringBuilder text = new StringBuilder(id).append(' ').append(what);
        for (String peer : peers) {
            text.append("\n  - ").append(peer);
        }
        text.append("\n  Fix: ").append(fix);
        return new DeploymentProblem(id, text.toString());
    }
}
