package io.routehandlers.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.Dynamic;
import io.routehandlers.broken.BrokenConfig;
import io.routehandlers.fixtures.Catalog;
import io.routehandlers.fixtures.Orders;
import io.routehandlers.fixtures.Products;
import io.routehandlers.internal.RouteHandlersExtension;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.spi.CacheLife;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Route segment config resolved by the extension in Weld SE, with SmallRye Config reading system properties:
 * config over annotation, global defaults, and every invalid value or key failing deployment with its message.
 */
class RouteConfigTest {

    private final List<String> properties = new ArrayList<>();

    @AfterEach
    void clearConfig() {
        properties.forEach(System::clearProperty);
        releaseConfig();
    }

    private void configure(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
        releaseConfig();
    }

    private static void releaseConfig() {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    private static Weld weld(Class<?>... routes) {
        return new Weld()
                .disableDiscovery()
                .addExtension(new RouteHandlersExtension())
                .addBeanClasses(routes);
    }

    private static RouteSettings settings(Class<?> route, Class<?>... routes) {
        try (WeldContainer container = weld(routes).initialize()) {
            RouteTable table = container.select(RouteTable.class).get();
            return table.routes().stream()
                    .filter(r -> r.type() == route)
                    .map(RouteDefinition::settings)
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void routeWithoutConfigIsNotCached() {
        RouteSettings orders = settings(Orders.class, Orders.class);
        assertThat(orders.cached()).isFalse();
        assertThat(orders.revalidateText()).isEmpty();
    }

    @Test
    void annotationValuesApply() {
        RouteSettings products = settings(Products.class, Products.class);
        assertThat(products.cached()).isTrue();
        assertThat(products.revalidate()).isEqualTo(60);
        assertThat(products.tags()).containsExactly("products");
        assertThat(products.cachedByDefault()).isTrue();
        assertThat(products.cacheControl()).isEqualTo("s-maxage=60, stale-while-revalidate=31535940");
    }

    @Test
    void forceStaticIsCachedForever() {
        RouteSettings catalog = settings(Catalog.class, Catalog.class);
        assertThat(catalog.cached()).isTrue();
        assertThat(catalog.expires()).isFalse();
        assertThat(catalog.cacheControl()).isEqualTo("s-maxage=31536000");
    }

    @Test
    void routeKeyWinsOverTheAnnotation() {
        configure("routehandlers.route./products/[id].revalidate", "5");
        configure("routehandlers.route./products/[id].tags", "a, b");
        configure("routehandlers.route./products/[id].dynamic-params", "false");
        RouteSettings products = settings(Products.class, Products.class);
        assertThat(products.revalidate()).isEqualTo(5);
        assertThat(products.tags()).containsExactly("a", "b");
        assertThat(products.dynamicParams()).isFalse();
    }

    @Test
    void revalidateZeroInConfigTurnsCachingOff() {
        configure("routehandlers.route./products/[id].revalidate", "0");
        assertThat(settings(Products.class, Products.class).cached()).isFalse();
    }

    @Test
    void forceDynamicInConfigTurnsCachingOff() {
        configure("routehandlers.route./catalog.dynamic", "force-dynamic");
        assertThat(settings(Catalog.class, Catalog.class).cached()).isFalse();
    }

    @Test
    void globalDefaultAppliesWhereTheAnnotationIsSilent() {
        configure("routehandlers.revalidate", "30");
        assertThat(settings(Orders.class, Orders.class, Products.class).revalidate())
                .isEqualTo(30);
        assertThat(settings(Orders.class, Orders.class, Products.class).cached())
                .isTrue();
        assertThat(settings(Products.class, Orders.class, Products.class).revalidate())
                .isEqualTo(60);
    }

    @Test
    void globalRevalidateFalseCachesEveryRouteForever() {
        configure("routehandlers.revalidate", "false");
        RouteSettings orders = settings(Orders.class, Orders.class);
        assertThat(orders.cached()).isTrue();
        assertThat(orders.revalidateText()).isEqualTo("forever");
    }

    @Test
    void environmentVariablesWorkThroughTheStandardMapping() {
        var config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("ROUTEHANDLERS_ROUTE__PRODUCTS__ID__REVALIDATE", "7"), 300))
                .build();
        RouteSettings products = new RouteSettingsResolver(ConfigLookup.of(config), new ArrayList<>())
                .resolve(Products.class, Map.of(), "/products/[id]", "Products", true);
        assertThat(products.revalidate()).isEqualTo(7);
    }

    @Test
    void environmentVariablesOfGlobalAndRouteKeysAreKnownKeys() {
        // SmallRye Config lists environment variables as dotted lower-case names (routehandlers.cache.max.bytes);
        // other implementations list them as they are. Both are the environment form of a known key.
        var config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(
                        Map.of(
                                "ROUTEHANDLERS_CACHE_MAX_BYTES", "134217728",
                                "ROUTEHANDLERS_ROUTE__PRODUCTS__ID__MAX_BODY_SIZE", "1024"),
                        300))
                .build();
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteSettingsResolver resolver = new RouteSettingsResolver(ConfigLookup.of(config), problems);
        resolver.checkKeys(List.of("/products/[id]"), true);
        RouteSettings products = resolver.resolve(Products.class, Map.of(), "/products/[id]", "Products", true);

        assertThat(problems).isEmpty();
        assertThat(resolver.global().cacheMaxBytes()).isEqualTo(134_217_728);
        assertThat(products.maxBodySize()).isEqualTo(1024);
    }

    @Test
    void environmentVariableChangesABuiltInLifeProfileWithoutAProblem() {
        var config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("ROUTEHANDLERS_CACHE_LIFE_HOURS_REVALIDATE", "1800"), 300))
                .build();
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteSettingsResolver resolver = new RouteSettingsResolver(ConfigLookup.of(config), problems);
        resolver.checkKeys(List.of(), true);

        assertThat(problems).isEmpty();
        assertThat(resolver.global().lifeProfiles().get("hours"))
                .isEqualTo(new CacheLife(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofDays(1)));
    }

    @Test
    void environmentVariableTheBuildSetsIsReadWithoutAProblem() {
        // extension/pom.xml runs these tests with ROUTEHANDLERS_CACHE_MAX_BYTES=134217728 in the environment.
        assertThat(System.getenv("ROUTEHANDLERS_CACHE_MAX_BYTES")).isEqualTo("134217728");
        try (WeldContainer container = weld(Catalog.class).initialize()) {
            assertThat(container.select(RouteTable.class).get().settings().cacheMaxBytes())
                    .isEqualTo(134_217_728);
        }
    }

    @Test
    void environmentVariableNamingNoKeyFailsDeployment() {
        var config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("ROUTEHANDLERS_CACHE_MAX_BYTE", "1"), 300))
                .build();
        List<DeploymentProblem> problems = new ArrayList<>();
        new RouteSettingsResolver(ConfigLookup.of(config), problems).checkKeys(List.of("/catalog"), true);
        assertThat(problems).extracting(DeploymentProblem::id).containsExactly("RH-034");
    }

    @Test
    void keyOfARouteOutsideASubsetIsNoProblemButAnUnknownOptionStillIs() {
        Map<String, String> keys = Map.of(
                "routehandlers.route./elsewhere.revalidate", "10",
                "routehandlers.route./catalog.revalidat", "10");
        List<DeploymentProblem> whole = new ArrayList<>();
        new RouteSettingsResolver(ConfigLookup.of(keys, "test"), whole).checkKeys(List.of("/catalog"), true);
        assertThat(whole).extracting(DeploymentProblem::id).containsExactlyInAnyOrder("RH-033", "RH-034");
        List<DeploymentProblem> some = new ArrayList<>();
        new RouteSettingsResolver(ConfigLookup.of(keys, "test"), some).checkKeys(List.of("/catalog"), false);
        assertThat(some).extracting(DeploymentProblem::id).containsExactly("RH-034");
    }

    @Test
    void limitsResolveFromTheRouteKeyThenTheGlobalKeyThenTheDefault() {
        configure("routehandlers.max-body-size", "2048");
        configure("routehandlers.route./catalog.max-body-size", "100");
        configure("routehandlers.async-timeout", "5");
        assertThat(settings(Catalog.class, Catalog.class, Products.class).maxBodySize())
                .isEqualTo(100);
        assertThat(settings(Products.class, Catalog.class, Products.class).maxBodySize())
                .isEqualTo(2048);
        assertThat(settings(Products.class, Catalog.class, Products.class).asyncTimeout())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void invalidValueFailsDeploymentWithKeyValueAndAllowedValues() {
        configure("routehandlers.route./products/[id].revalidate", "soon");
        configure("routehandlers.route./catalog.dynamic", "static");
        assertThatThrownBy(
                        () -> weld(Products.class, Catalog.class).initialize().close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                        2 route problems: RH-032, RH-032 (see Deployment errors in the routehandlers docs)

                        RH-032 Invalid configuration value routehandlers.route./catalog.dynamic=static (from \
                        SysPropConfigSource).
                          Fix: the allowed values are auto, force-dynamic, error, force-static.

                        RH-032 Invalid configuration value routehandlers.route./products/[id].revalidate=soon (from \
                        SysPropConfigSource).
                          Fix: the allowed values are false (forever), 0 (never cache) or a positive number of \
                        seconds.""");
    }

    @Test
    void keyNamingNoRouteFailsDeploymentListingTheRoutes() {
        configure("routehandlers.route./product/[id].revalidate", "5");
        assertThatThrownBy(
                        () -> weld(Products.class, Catalog.class).initialize().close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                        RH-033 Configuration key routehandlers.route./product/[id].revalidate \
                        (from SysPropConfigSource) \
                        names no route: /product/[id].
                          Fix: write a route's path as declared in @Route: /catalog, /products/[id].""");
    }

    @Test
    void unknownKeyFailsDeployment() {
        configure("routehandlers.revalidat", "5");
        configure("routehandlers.route./catalog.revalidat", "5");
        assertThatThrownBy(() -> weld(Catalog.class).initialize().close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                        RH-034 Unknown configuration key routehandlers.revalidat (from SysPropConfigSource).
                          Fix: the keys are routehandlers.dynamic, .revalidate, .cache.max-bytes, .cache.store, \
                        .cache.lease, .cache.build-id, .cache.life.<name>.stale|revalidate|expire, .cache.jcache.cache-name, .cache.jcache.provider, \
                        .cache.jcache.uri, .cache.jcache.timeout-millis, .trailing-slash, .problem-details, .etag, .async-timeout, \
                        .max-body-size, .max-file-size, .max-form-parts, .metadata.base-url, .sse.heartbeat, .draft.secret, .health.store-down, .executor, \
                        .cors.origins, .cors.headers, \
                        .cors.exposed-headers, .cors.max-age, .cors.allow-credentials, .trusted-proxies, \
                        .trusted-proxies.header, .rate-limit.<name>, .versions.from, .versions.name, .versions.default, \
                        .versions.supported, .versions.<version>.deprecation|sunset|link, \
                        .socket.max-message-size, .socket.idle-timeout, \
                        .socket.max-queued and \
                        routehandlers.route.<path>.dynamic, .revalidate, .dynamic-params, .life, .tags, .async-timeout, \
                        .max-body-size, .cors.origins, .cors.headers, .cors.exposed-headers, .cors.max-age, \
                        .cors.allow-credentials, .rate-limit, .rate-limit.per, .concurrency-limit, \
                        .concurrency-limit.queue, .concurrency-limit.max-wait, .socket.max-message-size, \
                        .socket.idle-timeout, .socket.max-queued and .etag; an environment variable names one of them in upper case with '_' for \
                        every other character.""")
                .hasMessageContaining("RH-034 Unknown configuration key routehandlers.route./catalog.revalidat");
    }

    @Test
    void invalidGlobalValuesFailDeployment() {
        configure("routehandlers.cache.max-bytes", "-1");
        configure("routehandlers.trailing-slash", "yes");
        configure("routehandlers.cache.build-id", "1.0 final");
        configure("routehandlers.cache.jcache.timeout-millis", "5s");
        assertThatThrownBy(() -> weld(Catalog.class).initialize().close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.cache.max-bytes=-1")
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.trailing-slash=yes")
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.cache.build-id=1.0 final")
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.cache.jcache.timeout-millis=5s")
                .hasMessageContaining("the allowed values are a number of milliseconds from 100 to 60000.");
    }

    @Test
    void invalidAnnotationValueFailsDeployment() {
        assertThatThrownBy(() ->
                        weld(BrokenConfig.NegativeRevalidate.class).initialize().close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                        RH-031 Invalid @RouteConfig(revalidate = -5) on \
                        io.routehandlers.broken.BrokenConfig$NegativeRevalidate (news).
                          Fix: use RouteConfig.FOREVER, 0 (never cache) or a positive number of seconds.""");
    }

    @Test
    void wrongStaticParamsSignaturesFailDeployment() {
        assertThatThrownBy(() -> weld(
                                BrokenConfig.StaticParamsWithParameter.class,
                                BrokenConfig.StaticParamsReturningMap.class)
                        .initialize()
                        .close())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                        RH-035 @StaticParams method \
                        io.routehandlers.broken.BrokenConfig$StaticParamsReturningMap#authors() returns \
                        java.util.Map<java.lang.String, java.lang.String>.
                          Fix: declare one method per route class, without parameters, returning a Collection of \
                        Map<String, ?>.""")
                .hasMessageContaining("""
                        RH-035 @StaticParams method \
                        io.routehandlers.broken.BrokenConfig$StaticParamsWithParameter#tags(String) takes \
                        parameters.""");
    }

    @Test
    void dynamicModeNamesItsConfigValue() {
        assertThat(Dynamic.FORCE_STATIC.configValue()).isEqualTo("force-static");
        assertThat(Dynamic.fromConfigValue("force-dynamic")).contains(Dynamic.FORCE_DYNAMIC);
        assertThat(Dynamic.fromConfigValue("FORCE_STATIC")).isEmpty();
    }
}
