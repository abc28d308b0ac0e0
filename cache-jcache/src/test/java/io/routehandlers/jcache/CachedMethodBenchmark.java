package io.routehandlers.jcache;

import com.hazelcast.core.HazelcastInstance;
import io.routehandlers.Cached;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import io.routehandlers.testing.RouteTester;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a hit of a {@code @Cached} method costs over the method's own time (S-8.13): the same method returning a record
 * of ten fields, called through its bean's client proxy, with and without {@code @Cached}, on the in-memory store and
 * on the JCache store (one Hazelcast member in this JVM). Both variants run in one JVM, warmed up alike. Run on demand:
 * {@code ./mvnw -pl cache-jcache -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class CachedMethodBenchmark {

    /** A record of ten fields, as a catalogue would return. */
    public record Product(
            String sku,
            String name,
            String brand,
            String category,
            long cents,
            int stock,
            boolean onSale,
            double rating,
            Instant added,
            String description) {}

    private static Product product(String sku) {
        return new Product(
                sku,
                "Lamp",
                "Acme",
                "lighting",
                1_999,
                7,
                false,
                4.5,
                Instant.ofEpochSecond(1_800_000_000L),
                "A lamp that lights a desk");
    }

    @ApplicationScoped
    public static class Plain {
        public Product product(String sku) {
            return CachedMethodBenchmark.product(sku);
        }
    }

    @ApplicationScoped
    public static class Catalogue {
        @Cached(life = "max")
        public Product product(String sku) {
            return CachedMethodBenchmark.product(sku);
        }
    }

    /** The JCache store of the benchmark's member, as the application's store bean. */
    @ApplicationScoped
    public static class SharedStore implements ResponseCacheStore {
        static volatile ResponseCacheStore store;

        @Override
        public Optional<CachedResponse> get(String key) {
            return store.get(key);
        }

        @Override
        public void put(String key, CachedResponse entry) {
            store.put(key, entry);
        }

        @Override
        public void revalidate(Revalidation which) {
            store.revalidate(which);
        }
    }

    @Param({"memory", "jcache"})
    String store;

    private HazelcastInstance member;
    private RouteTester tester;
    private Plain plain;
    private Catalogue catalogue;

    @Setup(Level.Trial)
    public void start() {
        List<Class<?>> classes = new java.util.ArrayList<>(List.of(Plain.class, Catalogue.class));
        if (store.equals("jcache")) {
            String cluster = "benchmark-" + UUID.randomUUID();
            member = Members.start(cluster);
            SharedStore.store = new JCacheResponseCacheStore(Members.manager(member), cluster, Clock.systemUTC());
            classes.add(SharedStore.class);
        }
        tester = RouteTester.builder().classes(classes.toArray(Class<?>[]::new)).build();
        plain = tester.bean(Plain.class);
        catalogue = tester.bean(Catalogue.class);
        if (!catalogue.product("lamp").equals(plain.product("lamp"))) {
            throw new IllegalStateException("the cached value differs from the method's");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        tester.close();
        if (member != null) {
            member.shutdown();
        }
    }

    @Benchmark
    public Product method() {
        return plain.product("lamp");
    }

    @Benchmark
    public Product cachedHit() {
        return catalogue.product("lamp");
    }
}
