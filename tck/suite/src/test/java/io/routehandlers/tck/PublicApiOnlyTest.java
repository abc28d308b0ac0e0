package io.routehandlers.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * S-10.1: the TCK compiles against the public API only, so any implementation can run it. The public API is
 * {@code io.routehandlers} and the SPI {@code io.routehandlers.spi} (the specification's preamble); the TCK uses
 * the SPI to check that an application's cache store replaces the default one (S-8.11).
 */
class PublicApiOnlyTest {

    @Test
    void tckSourcesImportNoImplementationPackage() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(PublicApiOnlyTest::internalImports)
                    .toList();
        }
        assertThat(offenders)
                .as("imports of io.routehandlers.internal in the TCK")
                .isEmpty();
    }

    private static Stream<String> internalImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.matches("\\s*import\\s+(static\\s+)?io\\.routehandlers\\.internal\\b.*"))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
