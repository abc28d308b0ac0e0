package io.routehandlers.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.fixtures.Orders;
import io.routehandlers.internal.http.PercentDecoding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S-3.3: the path is split on '/' first, then each segment is decoded once. */
class RouteTableTest {

    private final RouteTable table =
            RouteTableBuilder.build(List.of(Orders.class)).table();

    @Test
    void decodesEachSegmentAfterSplitting() {
        assertThat(table.lookup("/orders/hello%20world").params()).containsExactly("hello world");
        assertThat(table.lookup("/orders/a%2Fb").params()).containsExactly("a/b");
        assertThat(table.lookup("/orders/a%2520b").params()).containsExactly("a%20b");
    }

    @Test
    void malformedEscapeIsReported() {
        assertThatThrownBy(() -> table.lookup("/orders/%E0%A4%A"))
                .isInstanceOf(PercentDecoding.MalformedEscapeException.class);
    }

    @Test
    void emptySegmentMatchesNoRoute() {
        assertThat(table.lookup("//orders/1")).isNull();
        assertThat(table.lookup("/orders//1")).isNull();
        assertThat(table.lookup("")).isNull();
    }
}
