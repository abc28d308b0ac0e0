package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTest;
import io.routehandlers.testing.RouteTester;
import org.junit.jupiter.api.Test;

@RouteTest({HelloRoute.class, GreetingsRoute.class})
class RoutesTest {

    @Test
    void helloAnswersTheName(RouteTester tester) {
        assertThat(tester.get("/hello/ada").text()).isEqualTo("{\"hello\":\"ada\"}");
    }

    @Test
    void aBlankNameIsRejectedWithTheViolation(RouteTester tester) {
        var response = tester.request("POST", "/greetings").text("{\"name\":\" \"}").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("{\"field\":\"name\",\"message\":\"must not be blank\"}");
    }
}
