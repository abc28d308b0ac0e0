package io.routehandlers.tck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConformanceReportTest {

    @Test
    void rulesAreReadFromTheSpecificationInTheJarInDocumentOrder() {
        List<String> rules = ConformanceReport.allRules();

        assertThat(rules)
                .hasSize(100)
                .startsWith("S-1.1", "S-1.2")
                .endsWith("S-17.5", "S-18.1", "S-18.2", "S-18.3", "S-18.4", "S-18.5")
                .doesNotHaveDuplicates();
        assertThat(rules)
                .containsSubsequence("S-4.4", "S-4.5", "S-5.1")
                .containsSubsequence("S-7.3", "S-7.4", "S-8.1")
                .containsSubsequence("S-8.11", "S-8.12", "S-8.16", "S-9.1")
                .containsSubsequence("S-12.5", "S-12.6", "S-13.1");
    }

    @Test
    void everyRuleOfTheReportLinksToItsAnchorInTheCopyOfTheSpecification() {
        String report = new ConformanceReport().render("openliberty", "17.0.15");

        assertThat(report)
                .contains("| [S-2.3](specification.md#S-2.3) | no test | 0 |  |")
                .contains("100 have no test in this run.");
        assertThat(ConformanceReport.specification()).contains("<a id=\"S-2.3\"></a>**S-2.3 Allow list**");
    }

    @Test
    void aSlicesRunnerNamesTheRulesOfTheTestsItInherits() {
        assertThat(ConformanceReport.rules(
                        "io.routehandlers.tck.filters.FiltersTest", "anEarlyAnswerStopsTheCacheAndTheHandler"))
                .containsExactly("S-15.2");
        assertThat(ConformanceReport.rules(
                        "io.routehandlers.tck.json.JsonTest", "aRouteAndAJakartaRestResourceAnswerTheSameBytes"))
                .containsExactly("S-15.6");
    }
}
