package io.routehandlers.jcache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;

/**
 * Opens a provider's cache manager so that a store that hangs (a member paused, a Redis server that stopped
 * answering) fails a call after a short time instead of holding the request (S-12.5): each provider's own operation
 * timeout is set from {@link JCacheResponseCacheStore#TIMEOUT}, so no call pays for a thread hop. The providers' own
 * defaults are made for batch work: Hazelcast waits 60 s for an answer, Infinispan 15 s, Redisson 3 s four times over.
 *
 * <p>Each provider's code sits in a nested class of its own, loaded only when that provider is the one in use: the
 * module needs none of them at run time. A provider not listed here is opened as JCache opens it, with its own
 * timeouts, and the start log says so.
 */
final class ProviderTimeouts {

    private ProviderTimeouts() {}

    /**
     * A provider's cache manager as the store uses it.
     *
     * @param manager the cache manager
     * @param configuration the configuration of a cache the store creates (its provider's configuration does not
     *     declare it)
     * @param bound applies the timeout to a cache the store opened, where the provider sets it per cache
     * @param close closes the manager and what was opened for it
     * @param timeouts what was set, for the start log
     */
    record Opened(
            CacheManager manager,
            Supplier<Configuration<Object, Object>> configuration,
            Consumer<Cache<Object, Object>> bound,
            Runnable close,
            String timeouts) {

        Opened withTimeouts(String described) {
            return new Opened(manager, configuration, bound, close, described);
        }
    }

    /**
     * Opens the provider's manager with its operation timeouts set.
     *
     * @param caching the provider
     * @param uri its configuration, else its default
     * @param application the class loader a {@code classpath:} URI is read from
     * @param timeout how long one operation may wait for the cluster
     */
    static Opened open(CachingProvider caching, Optional<URI> uri, ClassLoader application, Duration timeout) {
        String provider = caching.getClass().getName();
        if (provider.equals("com.hazelcast.cache.HazelcastMemberCachingProvider")
                || provider.equals("com.hazelcast.cache.impl.HazelcastServerCachingProvider")
                || (provider.equals("com.hazelcast.cache.HazelcastCachingProvider")
                        && Optional.ofNullable(System.getProperty("hazelcast.jcache.provider.type"))
                                .filter(type -> type.equals("member") || type.equals("server"))
                                .isPresent())) {
            return HazelcastMember.open(caching, uri, application, timeout);
        }
        if (provider.equals("org.redisson.jcache.JCachingProvider")) {
            return RedissonTimeouts.open(caching, uri, application, timeout);
        }
        if (provider.equals("org.infinispan.jcache.embedded.JCachingProvider")) {
            return asJCacheOpensIt(caching, uri, cache -> InfinispanTimeouts.bound(cache, timeout))
                    .withTimeouts("Infinispan remote and lock acquisition timeouts " + timeout.toMillis() + " ms");
        }
        return asJCacheOpensIt(caching, uri, cache -> {})
                .withTimeouts("the provider's own timeouts (" + JCacheResponseCacheStore.TIMEOUT
                        + " is applied to Hazelcast members, Infinispan embedded and Redisson only)");
    }

    /**
     * The manager as JCache opens it. The provider's default class loader, not the application's: some providers
     * (Hazelcast) put a class loader that is not the default into the caches' names, and each server's application
     * class loader is another object, so the servers would each have caches of their own. The provider loads classes
     * with the context class loader, the application's.
     */
    private static Opened asJCacheOpensIt(
            CachingProvider caching, Optional<URI> uri, Consumer<Cache<Object, Object>> bound) {
        CacheManager manager =
                caching.getCacheManager(uri.orElse(caching.getDefaultURI()), caching.getDefaultClassLoader());
        return new Opened(
                manager,
                MutableConfiguration::new,
                bound,
                () -> caching.close(manager.getURI(), manager.getClassLoader()),
                "");
    }

    /**
     * The configuration file a URI names: {@code classpath:} from the application, a URI without a scheme as the
     * name of a system property that holds the URI (as Hazelcast reads it), else the URL itself.
     */
    static URL location(URI uri, ClassLoader application) {
        if (uri.getScheme() == null) {
            String named = System.getProperty(uri.getSchemeSpecificPart());
            if (named == null) {
                throw new IllegalArgumentException("The provider's configuration " + uri
                        + " has no scheme and names no system property: write classpath:, file: or https:");
            }
            return location(URI.create(named), application);
        }
        if ("classpath".equals(uri.getScheme())) {
            String path = uri.getSchemeSpecificPart().replaceFirst("^/", "");
            URL found = application.getResource(path);
            if (found == null) {
                throw new IllegalArgumentException("No " + path + " on the application's class path (" + uri + ")");
            }
            return found;
        }
        try {
            return uri.toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The provider's configuration " + uri + " is not a URL: " + e, e);
        }
    }

    /**
     * A Hazelcast member embedded in the application, started here from its configuration with
     * {@code hazelcast.operation.call.timeout.millis} and {@code hazelcast.operation.backup.timeout.millis} set: a call
     * that got neither an answer nor a heartbeat fails after twice the call timeout (Hazelcast's own rule), checked
     * every second, and a write waits for its backup no longer than the timeout. The member is named as Hazelcast's
     * provider names it; a member of that name that already runs is used as it is, with its own timeouts, and left
     * running; one started here is the store's and stops with it.
     */
    private static final class HazelcastMember {

        static Opened open(CachingProvider caching, Optional<URI> uri, ClassLoader application, Duration timeout) {
            com.hazelcast.config.Config config;
            if (uri.isPresent()) {
                URL url = location(uri.get(), application);
                config = load(url);
                if (config.getInstanceName() == null) {
                    config.setInstanceName(url.toString());
                }
            } else {
                config = com.hazelcast.config.Config.load();
                if (config.getInstanceName() == null) {
                    config.setInstanceName(com.hazelcast.cache.HazelcastCachingProvider.SHARED_JCACHE_INSTANCE_NAME);
                }
            }
            String millis = Long.toString(timeout.toMillis());
            config.setClassLoader(caching.getDefaultClassLoader());
            config.setProperty("hazelcast.operation.call.timeout.millis", millis);
            config.setProperty("hazelcast.operation.backup.timeout.millis", millis);
            com.hazelcast.core.HazelcastInstance running =
                    com.hazelcast.core.Hazelcast.getHazelcastInstanceByName(config.getInstanceName());
            com.hazelcast.core.HazelcastInstance member =
                    running != null ? running : com.hazelcast.core.Hazelcast.newHazelcastInstance(config);
            CacheManager manager;
            try {
                manager = caching.getCacheManager(
                        uri.orElse(caching.getDefaultURI()),
                        caching.getDefaultClassLoader(),
                        com.hazelcast.cache.HazelcastCachingProvider.propertiesByInstanceItself(member));
            } catch (RuntimeException e) {
                if (running == null) {
                    member.shutdown();
                }
                throw e;
            }
            String set = running == null
                    ? "Hazelcast operation call and backup timeouts " + millis + " ms"
                    : "the running Hazelcast member " + config.getInstanceName() + " with its own call timeout, "
                            + member.getConfig().getProperty("hazelcast.operation.call.timeout.millis")
                            + " ms if set (default 60000)";
            return new Opened(
                    manager,
                    MutableConfiguration::new,
                    cache -> {},
                    () -> {
                        try {
                            caching.close(manager.getURI(), manager.getClassLoader());
                        } finally {
                            if (running == null) {
                                member.shutdown();
                            }
                        }
                    },
                    set);
        }

        private static com.hazelcast.config.Config load(URL url) {
            try {
                String path = url.getPath().toLowerCase(Locale.ROOT);
                return path.endsWith(".yaml") || path.endsWith(".yml")
                        ? new com.hazelcast.config.YamlConfigBuilder(url).build()
                        : new com.hazelcast.config.XmlConfigBuilder(url).build();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the Hazelcast configuration " + url, e);
            }
        }
    }

    /**
     * A Redisson client started here from the YAML configuration the Redisson provider reads, with the response
     * {@code timeout} and the {@code connectTimeout} set and no retries, so that a call waits once for a server that
     * stopped answering (a command that cannot even be written, its connection's buffers full, waits for the
     * connection to fail). The caches are opened on this client through a manager of their own; the client is this
     * store's: it stops with it.
     */
    private static final class RedissonTimeouts {

        static Opened open(CachingProvider caching, Optional<URI> uri, ClassLoader application, Duration timeout) {
            URL yaml = uri.map(u -> location(u, application))
                    .orElseGet(() -> caching.getClass().getResource("/redisson-jcache.yaml"));
            if (yaml == null) {
                throw new IllegalArgumentException("No redisson-jcache.yaml on the class path and no "
                        + JCacheResponseCacheStore.URI_KEY + ": Redisson needs its configuration");
            }
            org.redisson.config.Config config;
            try {
                config = new Bounded(org.redisson.config.Config.fromYAML(yaml), (int) timeout.toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the Redisson configuration " + yaml, e);
            }
            org.redisson.api.RedissonClient client = org.redisson.Redisson.create(config);
            // A URI Redisson reads no configuration from: the manager then holds only the caches opened on the client.
            URI own = URI.create("routehandlers:redisson-" + UUID.randomUUID());
            CacheManager manager;
            try {
                manager = caching.getCacheManager(own, caching.getDefaultClassLoader());
            } catch (RuntimeException e) {
                client.shutdown();
                throw e;
            }
            return new Opened(
                    manager,
                    () -> org.redisson.jcache.configuration.RedissonConfiguration.fromInstance(
                            client, new MutableConfiguration<>()),
                    cache -> {},
                    () -> {
                        try {
                            caching.close(own, caching.getDefaultClassLoader());
                        } finally {
                            client.shutdown();
                        }
                    },
                    "Redisson response and connect timeouts " + timeout.toMillis() + " ms, no retries");
        }

        /** The loaded configuration with the timeout set on its servers, whichever mode they are in. */
        private static final class Bounded extends org.redisson.config.Config {

            Bounded(org.redisson.config.Config loaded, int millis) {
                super(loaded);
                Optional.<org.redisson.config.BaseConfig<?>>ofNullable(getSingleServerConfig())
                        .or(() -> Optional.ofNullable(getClusterServersConfig()))
                        .or(() -> Optional.ofNullable(getSentinelServersConfig()))
                        .or(() -> Optional.ofNullable(getReplicatedServersConfig()))
                        .or(() -> Optional.ofNullable(getMasterSlaveServersConfig()))
                        .orElseThrow(
                                () -> new IllegalArgumentException(
                                        "The Redisson configuration names no servers (singleServerConfig, clusterServersConfig,"
                                                + " sentinelServersConfig, replicatedServersConfig or masterSlaveServersConfig)"))
                        .setTimeout(millis)
                        .setConnectTimeout(millis)
                        .setRetryAttempts(0);
            }
        }
    }

    /**
     * Infinispan embedded: the remote timeout (a call to another member) and the lock acquisition timeout of each
     * cache the store uses, which Infinispan lets an application change on a running cache.
     */
    private static final class InfinispanTimeouts {

        static void bound(Cache<Object, Object> cache, Duration timeout) {
            org.infinispan.configuration.cache.Configuration configuration =
                    cache.unwrap(org.infinispan.Cache.class).getCacheConfiguration();
            configuration.clustering().remoteTimeout(timeout.toMillis());
            configuration.locking().lockAcquisitionTimeout(timeout.toMillis());
        }
    }
}
