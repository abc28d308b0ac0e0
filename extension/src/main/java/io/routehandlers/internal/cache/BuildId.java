package io.routehandlers.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * The build cached answers come from (S-12.2): {@code routehandlers.cache.build-id}, or a digest of the route classes'
 * bytecode, so that servers running the same route classes share their prerendered answers and a deploy that changes
 * a route class renders them again. A change only in what a route calls (another bean, a template, data) keeps the
 * digest: an application that wants every deploy to render again sets the key, to its version for instance.
 */
final class BuildId {

    private BuildId() {}

    /**
     * The build id.
     *
     * @param configured the configured id, or empty
     * @param routeClasses the route classes of the application
     */
    static String of(String configured, Collection<Class<?>> routeClasses) {
        if (!configured.isEmpty()) {
            return configured;
        }
        MessageDigest digest = sha256();
        routeClasses.stream()
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> {
                    digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(bytecode(type));
                });
        return "classes-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The class file as the class loader has it; none when it cannot be read (then the name alone counts). */
    private static byte[] bytecode(Class<?> type) {
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
