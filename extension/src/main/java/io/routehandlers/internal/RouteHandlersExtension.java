package io.routehandlers.internal;

import io.routehandlers.Cached;
import io.routehandlers.Route;
import io.routehandlers.RouteFilter;
import io.routehandlers.internal.cache.CachedInterceptor;
import io.routehandlers.internal.cache.CachedMethodTable;
import io.routehandlers.internal.cache.CachedMethods;
import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.config.ConfigLookup;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.openapi.DeployedRoutes;
import io.routehandlers.internal.openapi.OpenApiConfigSource;
import io.routehandlers.internal.openapi.PropertyNaming;
import io.routehandlers.internal.pipeline.AfterTasks;
import io.routehandlers.internal.pipeline.CurrentCall;
import io.routehandlers.internal.pipeline.HandlerInvoker;
import io.routehandlers.internal.pipeline.JsonBinding;
import io.routehandlers.internal.pipeline.RequestStores;
import io.routehandlers.internal.pipeline.RoutePipeline;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.OptionalApi;
import io.routehandlers.internal.problems.Platform;
import io.routehandlers.internal.problems.RouteDeploymentException;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.scan.ExceptionMappers;
import io.routehandlers.internal.scan.RequestValueInjection;
import io.routehandlers.internal.scan.RouteFilters;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.scan.RouteTableBuilder;
import io.routehandlers.internal.socket.Sockets;
import io.routehandlers.internal.stream.Streams;
import io.routehandlers.spi.CacheStore;
import io.routehandlers.spi.ResponseCacheStore;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The CDI portable extension, read top to bottom as the deployment's lifecycle:
 * <ol>
 *   <li>{@link #addBeans}: the extension's own beans (the pipeline, the cache, the request stores) are added, in every
 *       container alike: a server, whose scan of this jar skips their packages ({@code beans.xml}), and Weld SE without
 *       discovery ({@code RouteTester});
 *   <li>{@link #collect}: every {@code @Route} class is noted ({@code @Route} is a stereotype, so route classes are
 *       beans in any discovery mode; this jar's {@code beans.xml} makes the stereotype known on servers that only
 *       read stereotypes from bean archives);
 *   <li>{@link #collectCached}: every {@code @Cached} method is noted;
 *   <li>{@link #collectFiltersAndMappers}: every bean class that is a {@code RouteFilter}, a
 *       {@code RouteExceptionMapper} or a Jakarta REST {@code ExceptionMapper} is noted;
 *   <li>{@link #checkRequestValue}: {@code @HeaderValue} and {@code @CookieValue} injection points are checked: their
 *       bean must not outlive the request;
 *   <li>{@link #register}: the Jakarta EE APIs the routes need are checked (S-7.4), the classes are scanned and
 *       validated, the segment tree is built, the settings resolved, and the {@link RouteTable} is offered as a bean,
 *       with the filters each route runs ({@link RouteFilters}), the exception mappers ({@link ExceptionMappers}) and
 *       the checked {@code @Cached} methods ({@link CachedMethodTable});
 *   <li>{@link #validate}: deployment fails once, with one exception listing every problem found; otherwise the route
 *       table is logged.
 * </ol>
 */
public class RouteHandlersExtension implements Extension {

    private final List<Class<?>> routeClasses = new ArrayList<>();
    private final List<Class<?>> filterClasses = new ArrayList<>();
    private final Map<Method, Set<Class<?>>> cachedMethods = new LinkedHashMap<>();
    private boolean draftModeInjected;
    private final Map<Class<?>, Set<Type>> mapperBeans = new LinkedHashMap<>();
    private final List<DeploymentProblem> problems = new ArrayList<>();
    private final boolean wholeApplication;
    private RouteTable table;

    /** The extension of an application: every route of it is deployed (how containers create it). */
    public RouteHandlersExtension() {
        this(true);
    }

    private RouteHandlersExtension(boolean wholeApplication) {
        this.wholeApplication = wholeApplication;
    }

    /**
     * The extension for some of an application's routes, as a test starts them: a configuration key of one of the
     * others (from the application's {@code microprofile-config.properties}) is not a problem (RH-033) there.
     */
    public static RouteHandlersExtension forSomeRoutes() {
        return new RouteHandlersExtension(false);
    }

    /**
     * The extension's beans. They are added here rather than found by scanning, so that a container started without
     * discovery has them too, and no harness keeps a list of them; this jar's {@code beans.xml} excludes their packages
     * from the scan, so a server has each once. The servlet adapter's bean is the server's only, found by its scan.
     */
    private static final List<Class<?>> BEANS = List.of(
            RoutePipeline.class,
            HandlerInvoker.class,
            AfterTasks.class,
            CurrentCall.class,
            RequestStores.class,
            ResponseCache.class,
            CachedMethods.class,
            CachedInterceptor.class,
            Prerender.class,
            RouteClock.class,
            BackgroundExecutor.class,
            Streams.class,
            Sockets.class);

    void addBeans(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        if (!missingPlatform().isEmpty()) {
            return; // their classes mention the missing API: register reports it (RH-038) instead of a linkage error
        }
        for (Class<?> type : BEANS) {
            event.addAnnotatedType(
                    beans.createAnnotatedType(type), RouteHandlersExtension.class.getName() + "/" + type.getName());
        }
    }

    void collect(@Observes @WithAnnotations(Route.class) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (type.isAnnotationPresent(Route.class) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            routeClasses.add(type);
        }
    }

    void collectCached(@Observes @WithAnnotations(Cached.class) ProcessAnnotatedType<?> event) {
        AnnotatedType<?> type = event.getAnnotatedType();
        if (type.isAnnotationPresent(Interceptor.class)) {
            return; // the binding on an interceptor's class (this extension's, or the application's own) names it
        }
        if (type.isAnnotationPresent(Cached.class)) {
            problems.add(RouteMessages.cachedNotApplicable(
                    type.getJavaClass().getName(),
                    "is a class: a class's values have no one type and key",
                    "put @Cached on each method whose values are worth caching."));
        }
        Class<?> javaClass = type.getJavaClass();
        if (javaClass.isInterface()) {
            for (AnnotatedMethod<?> method : type.getMethods()) {
                if (method.isAnnotationPresent(Cached.class)) {
                    problems.add(RouteMessages.cachedNotApplicable(
                            CachedMethodTable.describe(method.getJavaMember()),
                            "is declared by an interface: interceptors bind to the methods of bean classes",
                            "put @Cached on the method of the class that implements it."));
                }
            }
            return;
        }
        // An abstract class is no bean: its methods count once for each bean class that inherits them.
        boolean bean = !Modifier.isAbstract(javaClass.getModifiers());
        boolean unreachable = false;
        for (AnnotatedMethod<?> method : type.getMethods()) {
            // Inherited methods too (a superclass may be no bean of its own); not the bridges javac copies them to.
            if (method.isAnnotationPresent(Cached.class)
                    && !method.getJavaMember().isBridge()
                    && !method.getJavaMember().isSynthetic()) {
                Set<Class<?>> beans = cachedMethods.computeIfAbsent(method.getJavaMember(), m -> new LinkedHashSet<>());
                if (bean) {
                    beans.add(javaClass);
                }
                unreachable |= !CachedMethodTable.interceptable(method.getJavaMember());
            }
        }
        if (unreachable) {
            // The container would fail alone on a final one (or ignore a private one): RH-057 reports it with the rest.
            event.configureAnnotatedType()
                    .filterMethods(m -> !CachedMethodTable.interceptable(m.getJavaMember()))
                    .forEach(m -> m.remove(a -> a.annotationType() == Cached.class));
        }
    }

    void collectFiltersAndMappers(@Observes ProcessManagedBean<?> event) {
        Bean<?> bean = event.getBean();
        if (bean.getTypes().contains(RouteFilter.class)) {
            filterClasses.add(bean.getBeanClass());
        }
        if (ExceptionMappers.isMapper(bean.getTypes())) {
            mapperBeans.put(bean.getBeanClass(), bean.getTypes());
        }
    }

    /** Checks {@code @HeaderValue}/{@code @CookieValue} injection points, and notes whether DraftMode is injected. */
    void checkRequestValue(@Observes ProcessInjectionPoint<?, ?> event) {
        RequestValueInjection.check(event.getInjectionPoint()).ifPresent(problems::add);
        draftModeInjected |= DraftCookies.names(event.getInjectionPoint().getType());
    }

    void register(@Observes AfterBeanDiscovery event, BeanManager beans) {
        List<DeploymentProblem> missing = missingPlatform();
        if (!missing.isEmpty()) {
            // Reported now, before the container validates injection points: the extension's beans, which mention a
            // missing API, were not added (addBeans), and their absence would hide the reason.
            event.addDefinitionError(new RouteDeploymentException(missing));
            return;
        }
        RouteTableBuilder.Result result = RouteTableBuilder.build(routeClasses, configuration(), wholeApplication);
        table = result.table();
        problems.addAll(0, result.problems());
        if (table.routes().stream()
                        .anyMatch(r -> r.settings().cached() && r.settings().expires())
                && !Platform.CONCURRENCY.visible(classLoader())) {
            problems.add(0, Platform.CONCURRENCY.missing());
        }
        RouteFilters filters = RouteFilters.select(filterClasses, table, problems);
        CachedMethodTable cached = CachedMethodTable.build(
                cachedMethods, Set.copyOf(routeClasses), table.settings().lifeProfiles(), problems);
        Map<String, String> leftOut = new LinkedHashMap<>();
        ExceptionMappers mappers = ExceptionMappers.select(mapperBeans, problems, leftOut);
        leftOut.forEach(RuntimeMessages::restMapperLeftOut);
        // Dependent, not ApplicationScoped: the table is one immutable object, needing no client proxy.
        event.addBean()
                .types(RouteTable.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> table);
        event.addBean()
                .types(RouteFilters.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> filters);
        // Singleton: one signing key per application; requests are looked at only where DraftMode is injected.
        DraftCookies drafts = new DraftCookies(table.settings().draftSecret(), draftModeInjected);
        event.addBean()
                .types(DraftCookies.class, Object.class)
                .scope(Singleton.class)
                .createWith(context -> drafts);
        event.addBean()
                .types(CachedMethodTable.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> cached);
        event.addBean()
                .types(ExceptionMappers.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> mappers);
        if (!table.routes().isEmpty()) {
            readiness(event, beans); // without routes no web module start tells it the routes started
        }
    }

    /**
     * Adds the {@code routehandlers} readiness check (S-13.6) where the application sees MicroProfile Health: its class
     * is named, never imported, so that a server without MicroProfile Health never loads it.
     */
    private static void readiness(AfterBeanDiscovery event, BeanManager beans) {
        if (!OptionalApi.visible(
                classLoader(),
                "org.eclipse.microprofile.health.HealthCheck",
                "org.eclipse.microprofile.health.Readiness")) {
            return;
        }
        try {
            Class.forName("io.routehandlers.internal.health.HealthBeans", true, classLoader())
                    .getMethod("add", AfterBeanDiscovery.class, BeanManager.class)
                    .invoke(null, event, beans);
        } catch (ReflectiveOperationException | LinkageError e) {
            RuntimeMessages.healthUnavailable(e instanceof InvocationTargetException t ? t.getCause() : e);
        }
    }

    /** The APIs every route needs that the application does not see. */
    private static List<DeploymentProblem> missingPlatform() {
        List<DeploymentProblem> missing = new ArrayList<>();
        for (Platform api : List.of(Platform.SERVLET, Platform.REST, Platform.JSONB)) {
            if (!api.visible(classLoader())) {
                missing.add(api.missing());
            }
        }
        return missing;
    }

    private static ClassLoader classLoader() {
        return RouteHandlersExtension.class.getClassLoader();
    }

    /** The application's MicroProfile Config, or none (annotations and defaults only) on a server without it. */
    private static ConfigLookup configuration() {
        try {
            return ConfigLookup.of(ConfigProvider.getConfig());
        } catch (RuntimeException | LinkageError e) {
            RuntimeMessages.noConfig(e);
            return ConfigLookup.of(Map.of(), "none");
        }
    }

    /**
     * The naming of JSON properties in the JSON-B routes write with, for the OpenAPI schemas (S-15.6): the Java names
     * where the application's naming is its own.
     */
    private static UnaryOperator<String> propertyNaming(BeanManager beans) {
        if (!OpenApiConfigSource.openApiPresent()) {
            return UnaryOperator.identity();
        }
        JsonBinding binding;
        try {
            binding = JsonBinding.of(beans);
        } catch (RuntimeException e) {
            RuntimeMessages.customPropertyNaming(e);
            return UnaryOperator.identity();
        }
        try {
            Optional<UnaryOperator<String>> naming = PropertyNaming.of(binding.of(PropertyNaming.Probe.class));
            if (naming.isEmpty()) {
                RuntimeMessages.customPropertyNaming(null);
            }
            return naming.orElse(UnaryOperator.identity());
        } catch (RuntimeException e) {
            RuntimeMessages.customPropertyNaming(e);
            return UnaryOperator.identity();
        } finally {
            try {
                binding.close();
            } catch (Exception e) {
                RuntimeMessages.closingJsonbFailed(e);
            }
        }
    }

    void validate(@Observes AfterDeploymentValidation event, BeanManager beans) {
        String store =
                table == null ? GlobalSettings.MEMORY_STORE : table.settings().cacheStore();
        if (!store.equals(GlobalSettings.MEMORY_STORE)) {
            int stores = beans.getBeans(ResponseCacheStore.class, CacheStore.Literal.of(store))
                    .size();
            if (stores != 1) {
                problems.add(RouteMessages.noCacheStore(store, stores));
            }
        }
        if (problems.isEmpty()) {
            RuntimeMessages.routes(table::describe);
            DeployedRoutes.publish(table, propertyNaming(beans));
        } else {
            // One problem, not one per route problem: containers show the first problem's first line in their
            // summary, and it names every id. (Problems added in AfterBeanDiscovery are wrapped in a list.)
            event.addDeploymentProblem(new RouteDeploymentException(problems));
        }
    }
}
