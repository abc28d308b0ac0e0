package io.routehandlers.internal;

import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.tree.PathSyntax;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.SegmentTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Route lookup (split, decode, tree walk) against tables of 10 to 10,000 generated routes of mixed shapes:
 * static, dynamic and catch-all segments, 2 to 6 segments deep. Run on demand:
 * {@code ./mvnw -pl extension -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RouteLookupBenchmark {

    @Param({"10", "100", "1000", "10000"})
    int routes;

    private RouteTable table;

    @Setup
    public void buildTable() {
        Random random = new Random(42);
        SegmentTree.Builder<RouteDefinition> tree = SegmentTree.builder();
        List<RouteDefinition> added = new ArrayList<>();
        add(tree, added, "/api/users/[p2]/orders");
        while (added.size() < routes) {
            add(tree, added, randomPath(random));
        }
        table = new RouteTable(tree.build(), added, GlobalSettings.DEFAULT);
        if (table.lookup("/api/users/42/orders") == null) {
            throw new IllegalStateException("the measured route is missing");
        }
    }

    private static void add(SegmentTree.Builder<RouteDefinition> tree, List<RouteDefinition> added, String path) {
        RoutePath parsed = PathSyntax.parse(path);
        int conflicts = tree.conflicts().size();
        RouteDefinition route = RouteDefinition.of(Object.class, parsed, Map.of());
        tree.add(parsed, route);
        if (tree.conflicts().size() == conflicts) {
            added.add(route);
        }
    }

    /** Param names depend on the position only, as the validator requires. */
    private static String randomPath(Random random) {
        int depth = 2 + random.nextInt(5);
        StringBuilder path = new StringBuilder("/api");
        for (int position = 1; position < depth; position++) {
            boolean last = position == depth - 1;
            int kind = random.nextInt(10);
            if (last && kind == 0) {
                path.append("/[...rest]");
            } else if (kind < 3 && position > 1) {
                path.append("/[p").append(position + 1).append(']');
            } else {
                path.append('/').append("s").append(random.nextInt(position == 1 ? 2_000 : 8));
            }
        }
        return path.toString();
    }

    @Benchmark
    public Object fourSegmentDynamicPath() {
        return table.lookup("/api/users/42/orders");
    }

    @Benchmark
    public Object missOnAnUnknownPath() {
        return table.lookup("/static/css/site.css");
    }
}
