package io.routehandlers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void onlyTheRuntimeCatalogueLogs() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.routehandlers.internal.log")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging")
                .because(
                        "every line logged at run time has an id and a fix: RuntimeMessages (docs/runtime-messages.md)")
                .check(CLASSES);
    }

    @Test
    void theRuntimeCatalogueDependsOnNoOtherPackageOfTheExtension() {
        noClasses()
                .that()
                .resideInAPackage("io.routehandlers.internal.log")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.routehandlers..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("io.routehandlers.internal.log")))
                .because("every package logs through it, so it may use none of them")
                .check(CLASSES);
    }

    /**
     * The HTTP parsers ({@code http}), the adapters' contract ({@code exchange}) and a call's shared parts
     * ({@code call}) stand on their own: they use the public API and the log catalogue, and no other internal package.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http", "exchange", "call"})
    void foundationPackagesUseNoOtherInternalPackage(String name) {
        String own = "io.routehandlers.internal." + name;
        noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.routehandlers.internal..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(own, "io.routehandlers.internal.log")))
                .check(CLASSES);
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
