package io.routehandlers.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.FilterBinding;
import io.routehandlers.FilterPaths;
import io.routehandlers.Route;
import io.routehandlers.RouteFilter;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.tree.PathSyntax;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which routes and handlers a filter runs for (S-15.1), and the problems of its patterns. */
class RouteFiltersTest {

    private static boolean covers(String pattern, String route) {
        return RouteFilters.covers(
                PathSyntax.parse(pattern).segments(), PathSyntax.parse(route).segments());
    }

    @Test
    void aCatchAllPatternCoversEveryRouteBelowItsPrefix() {
        assertThat(covers("/api/[...rest]", "/api/items")).isTrue();
        assertThat(covers("/api/[...rest]", "/api/items/[id]/notes")).isTrue();
        assertThat(covers("/api/[...rest]", "/api/[...path]")).isTrue();
        assertThat(covers("/api/[...rest]", "/api")).isFalse();
        assertThat(covers("/api/[...rest]", "/api/[[...path]]")).isFalse();
        assertThat(covers("/api/[...rest]", "/apis/items")).isFalse();
    }

    @Test
    void anOptionalCatchAllPatternAlsoCoversItsPrefix() {
        assertThat(covers("/admin/[[...all]]", "/admin")).isTrue();
        assertThat(covers("/admin/[[...all]]", "/admin/[[...rest]]")).isTrue();
        assertThat(covers("/[[...all]]", "/")).isTrue();
        assertThat(covers("/[[...all]]", "/anything/[x]")).isTrue();
    }

    @Test
    void aDynamicSegmentOfAPatternMatchesAnySegmentButAStaticOneOnlyItself() {
        assertThat(covers("/items/[id]", "/items/lamp")).isTrue();
        assertThat(covers("/items/[id]", "/items/[slug]")).isTrue();
        assertThat(covers("/items/lamp", "/items/[slug]")).isFalse();
        assertThat(covers("/items/[id]", "/items/[id]/notes")).isFalse();
        assertThat(covers("/[a]/[[...b]]", "/[...all]")).isTrue();
    }

    @FilterBinding
    @Retention(RetentionPolicy.RUNTIME)
    @interface Audited {}

    @Route("/api/orders")
    public static class Orders {
        @GET
        public String list() {
            return "";
        }

        @Audited
        @POST
        public String place() {
            return "";
        }
    }

    @Route("/api/[...rest]")
    public static class Rest {
        @GET
        public String get() {
            return "";
        }
    }

    @FilterPaths("/api/[...rest]")
    @Priority(300)
    static class Api implements RouteFilter {}

    @Priority(100)
    static class Everywhere implements RouteFilter {}

    @Audited
    static class Audit implements RouteFilter {}

    @FilterPaths("/api/orders")
    @Priority(200)
    static class OnlyOrders implements RouteFilter {}

    @Test
    void filtersRunInPriorityOrderForTheHandlersTheySelect() {
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteTable table = RouteTableBuilder.build(List.of(Orders.class)).table();
        RouteFilters filters = RouteFilters.select(
                List.of(Api.class, Everywhere.class, Audit.class, OnlyOrders.class), table, problems);
        RouteDefinition orders = table.routes().get(0);
        RouteFilters.Selection selection = filters.of(orders);
        assertThat(problems).isEmpty();
        assertThat(selection.route()).containsExactly(Everywhere.class, OnlyOrders.class, Api.class);
        assertThat(selection.handlers().get(orders.handlers().get("GET")))
                .containsExactly(Everywhere.class, OnlyOrders.class, Api.class);
        assertThat(selection.handlers().get(orders.handlers().get("POST")))
                .containsExactly(Everywhere.class, OnlyOrders.class, Api.class, Audit.class);
    }

    @Route("/api/admin")
    public static class AdminHome {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/api/admin/[...rest]")
    public static class AdminPages {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void aPatternIsNotPartialWhereRoutesOfHigherPrecedenceTakeItsUrls() {
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteTable table = RouteTableBuilder.build(List.of(Rest.class, AdminHome.class, AdminPages.class))
                .table();
        RouteFilters filters = RouteFilters.select(List.of(Admin.class), table, problems);
        assertThat(problems).isEmpty();
        for (RouteDefinition route : table.routes()) {
            boolean admin = route.type() != Rest.class;
            assertThat(filters.of(route).route()).as(route.describe()).hasSize(admin ? 1 : 0);
        }
    }

    @Route("/admin/[[...all]]")
    public static class AdminAll {
        @GET
        public String get() {
            return "";
        }
    }

    @FilterPaths({"/admin", "/admin/[...rest]"})
    static class TwoPatterns implements RouteFilter {}

    @FilterPaths("/(shop)/[[...all]]")
    static class Grouped implements RouteFilter {}

    @Test
    void patternsTogetherCoverARouteAndAGroupInAPatternFailsDeployment() {
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteTable table = RouteTableBuilder.build(List.of(AdminAll.class)).table();
        RouteFilters filters = RouteFilters.select(List.of(TwoPatterns.class, Grouped.class), table, problems);
        assertThat(filters.of(table.routes().get(0)).route()).containsExactly(TwoPatterns.class);
        assertThat(problems.stream().map(DeploymentProblem::message))
                .containsExactly("""
                RH-049 @FilterPaths("/(shop)/[[...all]]") on %sGrouped is not a route pattern: it has a route group, \
                which URLs do not show.
                  Fix: write the pattern in @Route syntax, such as "/api/[...rest]" for every route below /api or \
                "/admin/[[...all]]" for /admin and below.""".formatted(RouteFiltersTest.class.getName() + "$"));
    }

    @FilterPaths("/api/admin/[[...all]]")
    static class Admin implements RouteFilter {}

    @FilterPaths({"/api/[id", "/shop"})
    static class Malformed implements RouteFilter {}

    @Test
    void aPatternThatIsNotRouteSyntaxOrMatchesPartOfARouteFailsDeployment() {
        List<DeploymentProblem> problems = new ArrayList<>();
        RouteTable table = RouteTableBuilder.build(List.of(Rest.class)).table();
        RouteFilters filters = RouteFilters.select(List.of(Admin.class, Malformed.class), table, problems);
        assertThat(filters.of(table.routes().get(0))).isEqualTo(RouteFilters.Selection.NONE);
        String prefix = RouteFiltersTest.class.getName() + "$";
        assertThat(problems.stream().map(DeploymentProblem::message))
                .containsExactly("""
                RH-049 @FilterPaths("/api/[id") on %1$sMalformed is not a route pattern: extra brackets in segment \
                '[id'.
                  Fix: write the pattern in @Route syntax, such as "/api/[...rest]" for every route below /api or \
                "/admin/[[...all]]" for /admin and below.""".formatted(prefix), """
                RH-050 @FilterPaths("/api/admin/[[...all]]") on %1$sAdmin matches only some URLs of a route; \
                filters are chosen per route, so it would not run for any of them:
                  - %1$sRest (api/[...rest])
                  Fix: widen the pattern to cover the whole route (such as its catch-all), or split the route so that \
                one route serves the URLs the filter is for.""".formatted(prefix));
    }
}
