package io.routehandlers.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.RouteResponse;
import io.routehandlers.internal.problems.DeploymentProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which mapper maps an exception (S-15.4), and the problems of mappers found at deployment. */
class ExceptionMappersTest {

    static class Stock extends RuntimeException {}

    static class Gone extends Exception {}

    static class StockMapper implements RouteExceptionMapper<Stock> {
        @Override
        public RouteResponse toResponse(Stock exception) {
            return RouteResponse.status(409);
        }
    }

    static class AnyMapper implements RouteExceptionMapper<RuntimeException> {
        @Override
        public RouteResponse toResponse(RuntimeException exception) {
            return RouteResponse.status(500);
        }
    }

    @Priority(1)
    static class UrgentStockMapper extends StockMapper {}

    static class SameStockMapper extends StockMapper {}

    static class GoneMapper implements ExceptionMapper<Gone> {
        @Override
        public Response toResponse(Gone exception) {
            return Response.status(410).build();
        }
    }

    static class ContextMapper implements ExceptionMapper<Exception> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Exception exception) {
            return Response.serverError().build();
        }
    }

    static class Generic<E extends Throwable> implements RouteExceptionMapper<E> {
        @Override
        public RouteResponse toResponse(E exception) {
            return RouteResponse.status(500);
        }
    }

    private static Set<Type> types(Class<?> type) {
        Set<Type> types = new java.util.HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            types.add(c);
            types.addAll(List.of(c.getGenericInterfaces()));
        }
        return types;
    }

    private final List<DeploymentProblem> problems = new ArrayList<>();
    private final Map<String, String> leftOut = new LinkedHashMap<>();

    private ExceptionMappers select(Class<?>... mappers) {
        Map<Class<?>, Set<Type>> beans = new LinkedHashMap<>();
        for (Class<?> mapper : mappers) {
            beans.put(mapper, types(mapper));
        }
        return ExceptionMappers.select(beans, problems, leftOut);
    }

    @Test
    void theNearestRouteMapperWinsThenTheJakartaRestOne() {
        ExceptionMappers mappers = select(StockMapper.class, AnyMapper.class, GoneMapper.class);
        assertThat(mappers.of(Stock.class).orElseThrow().beanClass()).isEqualTo(StockMapper.class);
        assertThat(mappers.of(IllegalStateException.class).orElseThrow().beanClass())
                .isEqualTo(AnyMapper.class);
        assertThat(mappers.of(Gone.class).orElseThrow().beanClass()).isEqualTo(GoneMapper.class);
        assertThat(mappers.of(Exception.class)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void theLowerPriorityWinsAndTwoOfOnePriorityFailDeployment() {
        ExceptionMappers mappers = select(StockMapper.class, UrgentStockMapper.class);
        assertThat(mappers.of(Stock.class).orElseThrow().beanClass()).isEqualTo(UrgentStockMapper.class);
        assertThat(problems).isEmpty();
        select(StockMapper.class, SameStockMapper.class);
        String prefix = ExceptionMappersTest.class.getName() + "$";
        assertThat(problems.stream().map(DeploymentProblem::message)).containsExactly("""
                RH-052 Two exception mappers map %1$sStock with priority 5000:
                  - %1$sSameStockMapper
                  - %1$sStockMapper
                  Fix: remove one, or give the one that should win a lower @Priority.""".formatted(prefix));
    }

    @Test
    void aJakartaRestMapperWithContextIsLeftOutAndAGenericOneFailsDeployment() {
        ExceptionMappers mappers = select(ContextMapper.class, Generic.class);
        assertThat(mappers.isEmpty()).isTrue();
        String prefix = ExceptionMappersTest.class.getName() + "$";
        assertThat(leftOut).containsExactly(Map.entry(prefix + "ContextMapper", prefix + "ContextMapper#uri"));
        assertThat(problems.stream().map(DeploymentProblem::message)).containsExactly("""
                RH-051 Exception mapper %1$sGeneric maps E, which is not an exception class.
                  Fix: implement RouteExceptionMapper<E> (or ExceptionMapper<E>) with E an exception class, such as \
                RouteExceptionMapper<OutOfStockException>.""".formatted(prefix));
    }
}
