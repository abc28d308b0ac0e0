package io.routehandlers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of docs/how-it-works.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.routehandlers");

    @Test
    void publicApiAndSpiImportNoInternals() {
        noClasses()
                .that()
                .resideInAnyPackage("io.routehandlers", "io.routehandlers.spi")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.routehandlers.internal..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.routehandlers.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheServletAdapterKnowsTheServletApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.routehandlers.internal.servlet")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.servlet..")
                .check(CLASSES);
    }
}
