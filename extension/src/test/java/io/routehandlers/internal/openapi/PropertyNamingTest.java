package io.routehandlers.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The naming of the application's JSON-B, read back for the OpenAPI schemas of routes (S-15.6). */
class PropertyNamingTest {

    private static UnaryOperator<String> naming(String strategy) {
        return PropertyNaming.of(JsonbBuilder.create(new JsonbConfig().withPropertyNamingStrategy(strategy)))
                .orElseThrow();
    }

    @Test
    void jsonbsStandardStrategiesAreReadBack() {
        assertThat(naming(PropertyNamingStrategy.IDENTITY).apply("unitCount")).isEqualTo("unitCount");
        assertThat(naming(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES).apply("unitCount"))
                .isEqualTo("unit_count");
        assertThat(naming(PropertyNamingStrategy.LOWER_CASE_WITH_DASHES).apply("giftNoteText"))
                .isEqualTo("gift-note-text");
        assertThat(naming(PropertyNamingStrategy.UPPER_CAMEL_CASE).apply("unitCount"))
                .isEqualTo("UnitCount");
        assertThat(naming(PropertyNamingStrategy.UPPER_CAMEL_CASE_WITH_SPACES).apply("unitCount"))
                .isEqualTo("Unit Count");
    }

    public static class Names {
        public String orderID = "1";
        public String line2Total = "2";
        public String aURL = "3";
    }

    @Test
    void theNamesAreTheOnesJsonbWrites() {
        String written = JsonbBuilder.create(new JsonbConfig()
                        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES))
                .toJson(new Names());
        UnaryOperator<String> snake = naming(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES);
        for (String property : new String[] {"orderID", "line2Total", "aURL"}) {
            assertThat(written).contains("\"" + snake.apply(property) + "\"");
        }
    }

    @Test
    void aStrategyOfTheApplicationsOwnIsNotGuessed() {
        assertThat(PropertyNaming.of(
                        JsonbBuilder.create(new JsonbConfig().withPropertyNamingStrategy(name -> "x_" + name))))
                .isEmpty();
    }
}
