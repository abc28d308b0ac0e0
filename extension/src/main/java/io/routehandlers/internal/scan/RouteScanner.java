package io.routehandlers.internal.scan;

import io.routehandlers.ApiVersion;
import io.routehandlers.CookieStore;
import io.routehandlers.EntityTag;
import io.routehandlers.HeaderStore;
import io.routehandlers.Param;
import io.routehandlers.Params;
import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteRequest;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import io.routehandlers.StaticParams;
import io.routehandlers.internal.http.MediaRange;
import io.routehandlers.internal.http.Version;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.tree.PathSyntax;
import io.routehandlers.internal.tree.PathSyntaxException;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import io.routehandlers.metadata.ImageIds;
import io.routehandlers.metadata.SitemapIds;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** Reads one {@code @Route} class into a {@link RouteDefinition}, reporting every problem it has. */
public final class RouteScanner {

    /** The methods a route handler may answer: Next.js's seven ({@code HTTP_METHODS}) and {@code QUERY} (S-1.2). */
    public static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "QUERY");

    private RouteScanner() {}

    /**
     * Scans a route class.
     *
     * @param type a class annotated {@code @Route}
     * @param problems receives every problem found
     * @return the definition, or empty when the class has a problem
     */
    public static Optional<RouteDefinition> scan(Class<?> type, List<DeploymentProblem> problems) {
        int before = problems.size();
        RoutePath path;
        try {
            path = PathSyntax.parse(type.getAnnotation(Route.class).value());
        } catch (PathSyntaxException e) {
            problems.add(RouteMessages.syntax(type.getName(), e));
            return Optional.empty();
        }
        String route = RouteDefinition.describe(type, path);
        Split split = split(type, path, problems);
        if (split != null) {
            // The handlers answer the files, one per id: they are checked against the path that has [id].
            try {
                path = childPath(path, split);
            } catch (PathSyntaxException e) {
                problems.add(RouteMessages.syntax(type.getName(), e));
                return Optional.empty();
            }
        }
        Map<String, List<Handler>> handlers = new LinkedHashMap<>();
        for (Method method : handlerCandidates(type)) {
            String httpMethod = httpMethod(method);
            if (method.isAnnotationPresent(Socket.class)) {
                socket(method, httpMethod, route, path, handlers, problems);
                continue;
            }
            if (httpMethod == null) {
                continue;
            }
            String signature = signature(method);
            if (!Modifier.isPublic(method.getModifiers())) {
                problems.add(RouteMessages.notPublic(signature, httpMethod));
                continue;
            }
            if (!HTTP_METHODS.contains(httpMethod)) {
                problems.add(RouteMessages.unsupportedMethod(signature, httpMethod));
                continue;
            }
            Optional<Handler> handler = handler(method, httpMethod, signature, path, problems);
            if (handler.isEmpty()) {
                continue;
            }
            List<Handler> same = handlers.computeIfAbsent(httpMethod, m -> new ArrayList<>());
            Optional<Handler> earlier = same.stream()
                    .filter(h -> h.variant().conflicts(handler.get().variant()))
                    .findFirst();
            if (earlier.isPresent()) {
                problems.add(RouteMessages.twoHandlers(
                        httpMethod, route, earlier.get().signature(), signature));
                continue;
            }
            same.add(handler.get());
        }
        if (handlers.isEmpty() && problems.size() == before) {
            problems.add(RouteMessages.noHandler(route));
        }
        Method staticParams = staticParams(type, problems);
        Handler entityTag = entityTag(type, route, path, problems);
        return problems.size() == before
                ? Optional.of(RouteDefinition.of(type, path, handlers)
                        .withStaticParams(staticParams)
                        .withSplit(split)
                        .withEntityTag(entityTag))
                : Optional.empty();
    }

    /**
     * The class's {@code @EntityTag} method (S-18.5), or {@code null}; one that cannot tell a tag is a problem (RH-063,
     * and RH-021 for a second one).
     */
    private static Handler entityTag(Class<?> type, String route, RoutePath path, List<DeploymentProblem> problems) {
        Handler found = null;
        for (Method method : handlerCandidates(type)) {
            if (!method.isAnnotationPresent(EntityTag.class)) {
                continue;
            }
            String signature = signature(method);
            String httpMethod = httpMethod(method);
            String problem = httpMethod != null
                    ? "is also annotated @" + httpMethod
                    : !Modifier.isPublic(method.getModifiers())
                            ? "is not public"
                            : Modifier.isStatic(method.getModifiers())
                                    ? "is static"
                                    : method.getReturnType() != String.class
                                            ? "returns " + typeName(method.getGenericReturnType()) + ", not String"
                                            : null;
            if (problem != null) {
                problems.add(RouteMessages.entityTagMethod(signature, problem));
            } else if (found != null) {
                problems.add(RouteMessages.twoHandlers("@EntityTag", route, found.signature(), signature));
            } else {
                found = handler(method, Handler.ENTITY_TAG, signature, path, problems)
                        .orElse(null);
            }
        }
        return found;
    }

    /**
     * Adds a {@code @Socket} method as the route's socket handler (S-17.1), or reports why it cannot be one (RH-061,
     * and RH-021 for a second one).
     */
    private static void socket(
            Method method,
            String httpMethod,
            String route,
            RoutePath path,
            Map<String, List<Handler>> handlers,
            List<DeploymentProblem> problems) {
        String signature = signature(method);
        String problem = null;
        if (httpMethod != null) {
            problem = "is also annotated @" + httpMethod + ": the socket's GET is its upgrade request";
        } else if (!Modifier.isPublic(method.getModifiers())) {
            problem = "is not public";
        } else if (Modifier.isStatic(method.getModifiers())) {
            problem = "is static";
        } else if (!SocketListener.class.isAssignableFrom(method.getReturnType())) {
            problem = "returns " + typeName(method.getGenericReturnType()) + ", not a SocketListener";
        }
        if (problem != null) {
            problems.add(RouteMessages.socketHandler(signature, problem));
            return;
        }
        List<Handler> earlier = handlers.get(Handler.SOCKET);
        if (earlier != null) {
            problems.add(
                    RouteMessages.twoHandlers("@Socket", route, earlier.get(0).signature(), signature));
            return;
        }
        handler(method, Handler.SOCKET, signature, path, problems)
                .ifPresent(h -> handlers.put(Handler.SOCKET, List.of(h)));
    }

    /**
     * The class's {@code @SitemapIds} or {@code @ImageIds} method as a {@link Split}, or {@code null} when it has none
     * or its path has no extension; a misplaced or wrong one is a problem.
     */
    private static Split split(Class<?> type, RoutePath path, List<DeploymentProblem> problems) {
        Method found = null;
        String annotation = null;
        Method get = null;
        for (Method method : handlerCandidates(type)) {
            if ("GET".equals(httpMethod(method))) {
                get = method;
            }
            for (Class<? extends Annotation> ids : List.of(SitemapIds.class, ImageIds.class)) {
                if (!method.isAnnotationPresent(ids)) {
                    continue;
                }
                if (found == method) {
                    continue;
                }
                if (found != null) {
                    problems.add(RouteMessages.idsMethod(
                            ids.getSimpleName(),
                            signature(method),
                            "is the second one of " + type.getName() + ", after " + signature(found)));
                    return null;
                }
                found = method;
                annotation = ids.getSimpleName();
            }
        }
        if (found == null) {
            return null;
        }
        String signature = signature(found);
        MetadataKind wanted = annotation.equals("SitemapIds") ? MetadataKind.SITEMAP : MetadataKind.IMAGE;
        Optional<MetadataKind> kind = get == null ? Optional.empty() : MetadataKind.of(get.getGenericReturnType());
        Segment last = path.segments().isEmpty()
                ? null
                : path.segments().get(path.segments().size() - 1);
        int dot = last instanceof Segment.Static s ? s.value().lastIndexOf('.') : -1;
        String problem = null;
        if (kind.isEmpty() || kind.get() != wanted) {
            problem = "is on a route whose GET handler does not return "
                    + (wanted == MetadataKind.SITEMAP ? "Sitemap" : "an image");
        } else if (found.getParameterCount() > 0) {
            problem = "takes parameters";
        } else if (Modifier.isPrivate(found.getModifiers())) {
            problem = "is private, so it cannot be called through the route bean's proxy";
        } else if (path.isDynamic()) {
            problem = "is on route " + path.declared() + ", which has dynamic segments: a split route's files are "
                    + "listed by their ids alone";
        } else if (!Collection.class.isAssignableFrom(found.getReturnType())) {
            problem = "returns " + found.getGenericReturnType().getTypeName();
        } else if (dot <= 0 || dot == ((Segment.Static) last).value().length() - 1) {
            problem = "is on route " + path.declared() + ", whose last segment is no file name with an extension";
        }
        if (problem != null) {
            problems.add(RouteMessages.idsMethod(annotation, signature, problem));
        }
        if (dot <= 0) {
            return null;
        }
        // With a problem the scan fails anyway; the split still gives the handlers their path, so an @Param("id")
        // is not reported as well.
        found.setAccessible(true);
        String extension = ((Segment.Static) last).value().substring(dot);
        return new Split(wanted, found, path, extension, Split.Role.CHILD);
    }

    /** {@code /products/sitemap.xml} → {@code /products/sitemap/[id]}: the path of a split route's files. */
    private static RoutePath childPath(RoutePath declared, Split split) throws PathSyntaxException {
        String path = declared.declared();
        return PathSyntax.parse(
                path.substring(0, path.length() - split.extension().length()) + "/[id]");
    }

    /** The class's {@code @StaticParams} method, or {@code null}; a wrong one is a problem. */
    private static Method staticParams(Class<?> type, List<DeploymentProblem> problems) {
        Method found = null;
        for (Method method : handlerCandidates(type)) {
            if (!method.isAnnotationPresent(StaticParams.class)) {
                continue;
            }
            String signature = signature(method);
            if (found != null) {
                problems.add(RouteMessages.staticParamsSignature(
                        signature, "is the second one of " + type.getName() + ", after " + signature(found)));
            } else if (method.getParameterCount() > 0) {
                problems.add(RouteMessages.staticParamsSignature(signature, "takes parameters"));
            } else if (!Collection.class.isAssignableFrom(method.getReturnType())) {
                problems.add(RouteMessages.staticParamsSignature(
                        signature, "returns " + method.getGenericReturnType().getTypeName()));
            } else {
                method.setAccessible(true);
            }
            found = found == null ? method : found;
        }
        return found;
    }

    /** {@code com.acme.Items#get(RouteRequest, String)}. */
    public static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static List<Method> handlerCandidates(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Method[] declared = c.getDeclaredMethods();
            Arrays.sort(declared, (a, b) -> signature(a).compareTo(signature(b)));
            for (Method m : declared) {
                String key = m.getName() + Arrays.toString(m.getParameterTypes());
                if (!m.isBridge() && !m.isSynthetic() && !seen.contains(key)) {
                    seen.add(key);
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod designator = a.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static Optional<Handler> handler(
            Method method, String httpMethod, String signature, RoutePath path, List<DeploymentProblem> problems) {
        int before = problems.size();
        if (method.getReturnType() == void.class || method.getReturnType() == Void.class) {
            problems.add(RouteMessages.voidHandler(signature));
        }
        Optional<MetadataKind> metadata = MetadataKind.of(method.getGenericReturnType());
        if (metadata.isPresent() && !httpMethod.equals("GET")) {
            problems.add(RouteMessages.metadataNotGet(
                    signature, httpMethod, metadata.get().type().getSimpleName()));
        }
        List<Argument> arguments = new ArrayList<>();
        Type[] types = method.getGenericParameterTypes();
        Class<?>[] raw = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < raw.length; i++) {
            Param param = find(annotations[i]);
            Argument argument = param != null
                    ? pathParam(signature, param.value(), types[i], path, problems)
                    : argument(signature, i, raw[i], types[i], path, problems);
            arguments.add(argument);
        }
        Access access = access(signature, method, problems)
                .or(() -> access(method.getDeclaringClass().getName(), method.getDeclaringClass(), problems))
                .orElse(Access.UNRESTRICTED);
        if (problems.size() != before) {
            return Optional.empty();
        }
        Variant variant = httpMethod.equals(Handler.SOCKET) || httpMethod.equals(Handler.ENTITY_TAG)
                ? Variant.NONE
                : variant(method, signature, problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        boolean async = CompletionStage.class.isAssignableFrom(method.getReturnType());
        return Optional.of(new Handler(httpMethod, method, arguments, async, signature, access, metadata, variant));
    }

    /**
     * What tells a handler apart from the other handlers of its method (S-18): its own {@code @Produces},
     * {@code @Consumes} and {@code @ApiVersion}, else its class's; a malformed value is a problem (RH-062).
     */
    private static Variant variant(Method method, String signature, List<DeploymentProblem> problems) {
        Class<?> type = method.getDeclaringClass();
        Produces produces =
                Optional.ofNullable(method.getAnnotation(Produces.class)).orElse(type.getAnnotation(Produces.class));
        Consumes consumes =
                Optional.ofNullable(method.getAnnotation(Consumes.class)).orElse(type.getAnnotation(Consumes.class));
        ApiVersion version = Optional.ofNullable(method.getAnnotation(ApiVersion.class))
                .orElse(type.getAnnotation(ApiVersion.class));
        if (produces == null && consumes == null && version == null) {
            return Variant.NONE;
        }
        List<MediaRange> produced = types(signature, "@Produces", produces == null ? null : produces.value(), problems);
        List<MediaRange> consumed = types(signature, "@Consumes", consumes == null ? null : consumes.value(), problems);
        Version parsed = null;
        boolean baseline = false;
        if (version != null) {
            String value = version.value().trim();
            baseline = value.endsWith("+");
            parsed = Version.parse(baseline ? value.substring(0, value.length() - 1) : value)
                    .orElse(null);
            if (parsed == null) {
                problems.add(RouteMessages.variantValue(
                        signature,
                        "@ApiVersion(\"" + version.value() + "\")",
                        "is not a version such as 2, 1.1 or 2+"));
            }
        }
        return new Variant(produced, consumed, parsed, baseline);
    }

    /** The media types of a {@code @Produces} or {@code @Consumes}; each element may list several, comma-separated. */
    private static List<MediaRange> types(
            String signature, String annotation, String[] values, List<DeploymentProblem> problems) {
        if (values == null) {
            return List.of();
        }
        List<MediaRange> types = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                Optional<MediaRange> type = MediaRange.parse(element);
                if (type.isEmpty()) {
                    problems.add(RouteMessages.variantValue(
                            signature,
                            annotation + "(\"" + value + "\")",
                            "is not a media type such as text/markdown"));
                    return List.of();
                }
                if (!type.get().name().equals("*/*")) {
                    types.add(type.get());
                }
            }
        }
        return types;
    }

    /**
     * The access an element's own {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} gives, if it has one;
     * two of them on one element, or a role that is empty, are problems (RH-042, RH-043).
     */
    private static Optional<Access> access(String where, AnnotatedElement element, List<DeploymentProblem> problems) {
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        List<String> present = new ArrayList<>();
        if (roles != null) {
            present.add("@RolesAllowed");
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            present.add("@PermitAll");
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            present.add("@DenyAll");
        }
        if (present.size() > 1) {
            addOnce(problems, RouteMessages.conflictingAccess(where, present));
            return Optional.of(new Access.DenyAll());
        }
        if (roles != null) {
            if (roles.value().length == 0 || Arrays.stream(roles.value()).anyMatch(String::isBlank)) {
                addOnce(problems, RouteMessages.emptyRole(where, Arrays.asList(roles.value())));
            }
            return Optional.of(new Access.Roles(Set.copyOf(Arrays.asList(roles.value()))));
        }
        if (present.contains("@PermitAll")) {
            return Optional.of(new Access.PermitAll());
        }
        return present.isEmpty() ? Optional.empty() : Optional.of(new Access.DenyAll());
    }

    /** Adds a problem unless it is there: a route class's own problem is found once per handler. */
    private static void addOnce(List<DeploymentProblem> problems, DeploymentProblem problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private static Param find(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof Param p) {
                return p;
            }
        }
        return null;
    }

    private static Argument pathParam(
            String signature, String name, Type type, RoutePath path, List<DeploymentProblem> problems) {
        Segment segment = path.param(name);
        if (segment == null) {
            problems.add(RouteMessages.unknownParam(signature, name, path.declared(), path.paramNames()));
            return null;
        }
        String expected = segment.isCatchAll() ? "List<String>" : "String";
        if (!expected.equals(typeName(type))) {
            problems.add(RouteMessages.paramType(signature, name, typeName(type), expected));
            return null;
        }
        return new Argument.PathParam(path.paramNames().indexOf(name));
    }

    private static Argument argument(
            String signature, int index, Class<?> raw, Type type, RoutePath path, List<DeploymentProblem> problems) {
        if (raw == RouteRequest.class) {
            return new Argument.Request();
        }
        if (raw == HeaderStore.class) {
            return new Argument.Headers();
        }
        if (raw == CookieStore.class) {
            return new Argument.Cookies();
        }
        if (raw == RouteContext.class) {
            return context(signature, type, path, problems);
        }
        problems.add(RouteMessages.unsupportedParameter(signature, index + 1, typeName(type)));
        return null;
    }

    private static Argument context(String signature, Type type, RoutePath path, List<DeploymentProblem> problems) {
        if (!(type instanceof ParameterizedType parameterized)) {
            problems.add(RouteMessages.rawContext(signature));
            return null;
        }
        Type p = parameterized.getActualTypeArguments()[0];
        if (p == Params.class) {
            return new Argument.Context(null, null);
        }
        if (!(p instanceof Class<?> record) || !record.isRecord()) {
            problems.add(RouteMessages.contextType(signature, typeName(p)));
            return null;
        }
        RecordComponent[] components = record.getRecordComponents();
        List<String> details = new ArrayList<>();
        List<String> names = path.paramNames();
        int[] indexes = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Segment segment = path.param(c.getName());
            if (segment == null) {
                details.add("component '" + c.getName() + "' is not a param of the path");
                continue;
            }
            String expected = segment.isCatchAll() ? "List<String>" : "String";
            if (!expected.equals(typeName(c.getGenericType()))) {
                details.add("component '" + c.getName() + "' is " + typeName(c.getGenericType()) + ", not " + expected);
            }
            indexes[i] = names.indexOf(c.getName());
        }
        for (String name : names) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                details.add("param '" + name + "' has no component");
            }
        }
        if (!details.isEmpty()) {
            String expectedRecord = path.segments().stream()
                    .filter(s -> s.paramName() != null)
                    .map(s -> (s.isCatchAll() ? "List<String> " : "String ") + s.paramName())
                    .collect(Collectors.joining(", "));
            problems.add(RouteMessages.recordMismatch(
                    signature, record.getSimpleName(), path.declared(), String.join("; ", details), expectedRecord));
            return null;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
            Class<?>[] componentTypes =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            MethodHandle constructor =
                    lookup.findConstructor(record, MethodType.methodType(void.class, componentTypes));
            return new Argument.Context(constructor, indexes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot access the constructor of record " + record.getName(), e);
        }
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + "<"
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(RouteScanner::typeName)
                            .collect(Collectors.joining(", "))
                    + ">";
        }
        return type.getTypeName();
    }
}
