package io.routehandlers.testing;

import io.routehandlers.internal.RouteHandlersExtension;
import io.routehandlers.internal.direct.DirectRequest;
import io.routehandlers.internal.direct.DirectResponse;
import io.routehandlers.internal.direct.DirectRoutes;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.inject.ConfigExtension;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Routes served in process, for tests: the application's route classes and the beans they need start on Weld SE with
 * the real extension, so that deployment validation, matching, dispatch, cookies and the cache are the code a server
 * runs, without a servlet container or a socket (S-14.1).
 *
 * <pre>
 * try (RouteTester tester = RouteTester.of(ItemRoute.class, Catalogue.class)) {
 *     TestResponse response = tester.get("/items/lamp");
 *     assertEquals(200, response.status());
 *     assertEquals("lamp", response.json(Item.class).slug());
 * }
 * </pre>
 *
 * <p>Invalid routes make construction throw the deployment's {@code RH-nnn} message. Configuration comes from
 * {@link Builder#config}, over the usual MicroProfile Config sources; time from {@link Builder#clock} (move it to
 * test {@code revalidate} without sleeping). A stale cached answer is regenerated as the request that found it
 * returns, on the test's thread, so the next request sees the new answer. See also {@link RouteTest} for JUnit 5.
 */
public final class RouteTester implements AutoCloseable {

    private final WeldContainer container;
    private final DirectRoutes routes;
    private final ClassLoader scope;
    private final SmallRyeConfig config;
    private Jsonb jsonb;
    private final Map<String, String> jar;

    private RouteTester(Builder builder) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader parent = context != null ? context : RouteTester.class.getClassLoader();
        // The tester's own configuration, seen by whatever asks MicroProfile Config while its code runs.
        this.scope = new ClassLoader(parent) {};
        this.config = new SmallRyeConfigBuilder()
                .forClassLoader(scope)
                .addDefaultSources()
                .addDiscoveredSources()
                .withSources(new PropertiesConfigSource(builder.config, "RouteTester", 1000))
                .build();
        ConfigProviderResolver.instance().registerConfig(config, scope);
        this.jar = builder.cookieJar ? new LinkedHashMap<>() : null;
        WeldContainer started = null;
        try {
            this.jsonb = JsonbBuilder.create();
            started = inScope(() -> {
                Weld weld = new Weld("routetester-" + UUID.randomUUID())
                        .disableDiscovery()
                        // Some of the application's routes: another route's key in its configuration is no problem here
                        .addExtension(RouteHandlersExtension.forSomeRoutes())
                        // @ConfigProperty injection, as MicroProfile Config gives it on a server
                        .addExtension(new ConfigExtension())
                        .addBeanClasses(builder.classes.toArray(Class<?>[]::new));
                for (Class<?> marker : builder.packages) {
                    weld.addPackages(true, marker);
                }
                return weld.initialize();
            });
            WeldContainer running = started;
            this.container = running;
            this.routes = new DirectRoutes(running);
            builder.clock.ifPresent(routes::clock);
            inScope(routes::start);
        } catch (RuntimeException | Error e) {
            if (started != null) {
                started.close();
            }
            releaseConfig();
            throw e;
        }
    }

    /**
     * Routes and the beans they need, with no configuration of their own.
     *
     * @param classes route classes and the beans they inject
     * @return a running tester; close it
     * @throws jakarta.enterprise.inject.spi.DeploymentException with the RH messages of invalid routes
     */
    public static RouteTester of(Class<?>... classes) {
        return builder().classes(classes).build();
    }

    /**
     * A builder, to add configuration, a clock, packages to scan or a cookie jar.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code GET path}.
     *
     * @param path the path below the context root, as a client sends it, with a query if any
     * @return the answer
     */
    public TestResponse get(String path) {
        return request("GET", path).send();
    }

    /**
     * Opens a WebSocket to a route's {@code @Socket} handler (S-17), as a browser on the tester's own origin would.
     *
     * @param path the path below the context root, with a query if any
     * @return the socket; close it. A refused upgrade gives one that is not open, with the refusal's status
     */
    public TestSocket socket(String path) {
        return request("GET", path).socket();
    }

    /**
     * A request to build and send.
     *
     * @param method the method, such as {@code POST}
     * @param path the path below the context root, as a client sends it, with a query if any
     * @return the request
     */
    public TestRequest request(String method, String path) {
        return new TestRequest(this, method, path);
    }

    /**
     * A bean of the application, such as a {@code RouteCache} to revalidate or a repository to fill.
     *
     * @param type the bean type
     * @param <T> the type
     * @return the bean
     */
    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /**
     * Uses a clock for the cache and cookie expiry from now on.
     *
     * @param clock the clock, such as a {@link TestClock}
     */
    public void clock(Clock clock) {
        routes.clock(clock);
    }

    /** Stops the container. */
    @Override
    public void close() {
        try {
            container.close();
        } finally {
            releaseConfig();
        }
    }

    TestResponse send(DirectRequest request) {
        return new TestResponse(exchange(request), jsonb);
    }

    TestSocket socket(DirectRequest request) {
        DirectResponse response = exchange(request);
        return new TestSocket(this, new TestResponse(response, jsonb), response.socket());
    }

    private DirectResponse exchange(DirectRequest request) {
        DirectResponse response = inScope(() -> routes.send(request));
        if (jar != null) {
            keep(response.headers("Set-Cookie"));
        }
        return response;
    }

    String toJson(Object value) {
        return jsonb.toJson(value);
    }

    /** The cookies of the jar, to send with the next request; empty without a jar. */
    Map<String, String> jarCookies() {
        return jar == null ? Map.of() : Map.copyOf(jar);
    }

    /** Keeps set cookies and forgets deleted ones, as a browser would (path and domain aside). */
    private void keep(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String lower = setCookie.toLowerCase(Locale.ROOT);
            if (lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                jar.remove(name);
            } else {
                jar.put(name, pair.substring(eq + 1));
            }
        }
    }

    <T> T inScope(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(scope);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void releaseConfig() {
        ConfigProviderResolver.instance().releaseConfig(config);
        if (jsonb != null) {
            try {
                jsonb.close();
            } catch (Exception e) {
                // nothing held open
            }
        }
    }

    /** What a tester starts with. */
    public static final class Builder {
        private final List<Class<?>> classes = new ArrayList<>();
        private final List<Class<?>> packages = new ArrayList<>();
        private final Map<String, String> config = new LinkedHashMap<>();
        private Optional<Clock> clock = Optional.empty();
        private boolean cookieJar;

        private Builder() {}

        /**
         * Adds route classes and the beans they inject.
         *
         * @param beanClasses the classes
         * @return this builder
         */
        public Builder classes(Class<?>... beanClasses) {
            classes.addAll(List.of(beanClasses));
            return this;
        }

        /**
         * Adds every class of the package of each marker class, and of its subpackages.
         *
         * @param markers a class of each package
         * @return this builder
         */
        public Builder packages(Class<?>... markers) {
            packages.addAll(List.of(markers));
            return this;
        }

        /**
         * Sets a configuration value, over every other source: {@code config("routehandlers.revalidate", "10")}.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder config(String key, String value) {
            config.put(key, value);
            return this;
        }

        /**
         * The clock of the cache and of cookie expiry, such as a {@link TestClock}.
         *
         * @param testClock the clock
         * @return this builder
         */
        public Builder clock(Clock testClock) {
            this.clock = Optional.of(testClock);
            return this;
        }

        /**
         * Keeps the cookies answers set and sends them with later requests, as a browser does.
         *
         * @return this builder
         */
        public Builder cookieJar() {
            this.cookieJar = true;
            return this;
        }

        /**
         * Starts the tester.
         *
         * @return a running tester; close it
         * @throws jakarta.enterprise.inject.spi.DeploymentException with the RH messages of invalid routes
         */
        public RouteTester build() {
            return new RouteTester(this);
        }
    }
}
