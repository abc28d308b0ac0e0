package io.routehandlers.internal.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarPagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/items/{id}           | /api/items/[*]",
                "/api/items/{id: [0-9]+}   | /api/items/[*]",
                "/api/ping                 | /api/ping",
                "/                         | /",
                "/a/{x}/b/{y}              | /a/[*]/b/[*]",
            })
    void jakartaRestTemplatesCompareAsRouteShapes(String template, String shape) {
        assertThat(WarPages.template(template)).isEqualTo(shape);
    }
}
