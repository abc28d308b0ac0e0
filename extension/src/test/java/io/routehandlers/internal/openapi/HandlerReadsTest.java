package io.routehandlers.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.RouteRequest;
import io.routehandlers.fixtures.Documented;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** S-13.1: what a handler reads, from its class file. */
class HandlerReadsTest {

    @Test
    void readsTheBodyTypeAndTheNamesAHandlerAsksFor() throws NoSuchMethodException {
        HandlerReads reads =
                HandlerReads.of(Documented.Orders.class.getMethod("create", RouteRequest.class), new HashMap<>());
        assertThat(reads.body()).isEqualTo(HandlerReads.Body.JSON);
        assertThat(reads.bodyType()).isEqualTo(Documented.NewOrder.class);
        assertThat(reads.query()).isEqualTo(Map.of("dry-run", false, "tag", true));
        assertThat(reads.headers()).containsOnlyKeys("Idempotency-Key");
        assertThat(reads.cookies()).isEmpty();
    }

    @Test
    void readsInsideTheHandlersLambdasPastSwitchesAndWideConstants() throws NoSuchMethodException {
        HandlerReads reads = HandlerReads.of(
                Documented.Orders.class.getMethod("patch", RouteRequest.class, String.class), new HashMap<>());
        assertThat(reads.bodyType()).isEqualTo(Documented.Item.class);
    }

    @Test
    void aMethodWithoutAReadableClassFileReadsNothing() throws NoSuchMethodException {
        HandlerReads reads =
                HandlerReads.of(String.class.getMethod("trim"), new HashMap<>()); // the boot loader: no class loader
        assertThat(reads.readsBody()).isFalse();
        assertThat(reads.query()).isEmpty();
    }

    @Test
    void everyInstructionOfTheseClassesAndOfTheJdksIsSteppedOverExactly() throws IOException {
        int walked = 0;
        for (String root : List.of("target/classes", "target/test-classes")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    walked += HandlerReads.methodsWalked(Files.readAllBytes(file));
                }
            }
        }
        // JDK classes with large switches, wide locals and every kind of constant.
        for (String jdk : List.of(
                "java/lang/Character.class",
                "java/util/HashMap.class",
                "java/math/BigDecimal.class",
                "java/util/regex/Pattern.class",
                "java/time/format/DateTimeFormatterBuilder.class")) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(jdk)) {
                walked += HandlerReads.methodsWalked(in.readAllBytes());
            }
        }
        assertThat(walked).isGreaterThan(2_000);
    }

    @Test
    void switchesThatWouldNotMoveForwardOrRunPastTheCodeAreRefused() throws IOException {
        // tableswitch at 0: three bytes of padding, default, low 5, high 1 (below low)
        byte[] table = {(byte) 0xAA, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1};
        assertThatThrownBy(() -> HandlerReads.instructionLength(table, 0)).isInstanceOf(IOException.class);
        // lookupswitch at 0 with -1 pairs
        byte[] lookup = {(byte) 0xAB, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> HandlerReads.instructionLength(lookup, 0)).isInstanceOf(IOException.class);
        // lookupswitch with a million pairs in twelve bytes
        byte[] huge = {(byte) 0xAB, 0, 0, 0, 0, 0, 0, 0, 0, 0x0F, 0x42, 0x40};
        assertThatThrownBy(() -> HandlerReads.instructionLength(huge, 0)).isInstanceOf(IOException.class);
        // invokeinterface cut short
        assertThatThrownBy(() -> HandlerReads.instructionLength(new byte[] {(byte) 0xB9, 0, 1}, 0))
                .isInstanceOf(IOException.class);
        // a lookupswitch with no pairs is 12 bytes: opcode, padding, default, count
        assertThat(HandlerReads.instructionLength(new byte[] {(byte) 0xAB, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0))
                .isEqualTo(12);
    }

    @Test
    void bytesThatAreNoClassFileAreRefusedQuickly() throws IOException {
        assertThatThrownBy(() -> HandlerReads.methodsWalked(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(IOException.class);
        byte[] real;
        try (InputStream in = ClassLoader.getSystemResourceAsStream("java/util/HashMap.class")) {
            real = in.readAllBytes();
        }
        for (int cut = 10; cut < real.length; cut += real.length / 40) {
            byte[] truncated = java.util.Arrays.copyOf(real, cut);
            assertThatThrownBy(() -> HandlerReads.methodsWalked(truncated))
                    .as("cut at %d", cut)
                    .isInstanceOfAny(IOException.class, RuntimeException.class);
        }
    }
}
