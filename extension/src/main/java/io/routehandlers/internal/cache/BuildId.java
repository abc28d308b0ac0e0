package io.routehandlers.internal.cache;

import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The build cached answers come from (S-12.2): {@code routehandlers.cache.build-id}, or a digest of what shapes a
 * cached answer that the extension can see: the bytecode of the route classes and of the classes nested in them (their
 * records), each cached route's path and cache settings (tags included, so a stored answer always carries the tags
 * its route has now), the metadata base URL, and the extension's own jar. Servers running the same of all these share
 * their prerendered answers; a deploy that changes one renders them again. A change only in what a route calls
 * (another bean, a template, data) keeps the digest: an application that wants every deploy to render again sets the
 * key, to its version for instance. When a class file cannot be read, the digest could miss a change: this start then
 * gets an id of its own, keeps nothing, and says so.
 */
final class BuildId {

    private BuildId() {}

    /**
     * The build id.
     *
     * @param configured the configured id, or empty
     * @param routes the application's routes
     * @param metadataBaseUrl the configured base URL of metadata routes, or empty
     */
    static String of(String configured, Collection<RouteDefinition> routes, String metadataBaseUrl) {
        if (!configured.isEmpty()) {
            return configured;
        }
        MessageDigest digest = sha256();
        TreeSet<String> unread = new TreeSet<>();
        routes.stream()
                .sorted(Comparator.comparing((RouteDefinition r) -> r.type().getName())
                        .thenComparing(r -> r.path().declared()))
                .forEach(route -> {
                    RouteSettings s = route.settings();
                    text(
                            digest,
                            route.type().getName() + " " + route.path().declared() + " " + s.cached() + " "
                                    + s.dynamic() + " " + s.revalidate() + " " + s.dynamicParams() + " " + s.tags());
                });
        routes.stream()
                .flatMap(route -> Arrays.stream(route.type().getNestHost().getNestMembers()))
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> {
                    text(digest, type.getName());
                    byte[] bytes = bytecode(type);
                    if (bytes == null) {
                        unread.add(type.getName());
                    } else {
                        digest.update(bytes);
                    }
                });
        text(digest, metadataBaseUrl);
        digest.update(extensionJar());
        if (!unread.isEmpty()) {
            String id = "start-" + UUID.randomUUID();
            RuntimeMessages.buildUnreadable(unread.toString(), id);
            return id;
        }
        return "classes-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** The class file as the class loader has it, or {@code null} when it cannot be read. */
    private static byte[] bytecode(Class<?> type) {
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes of the jar the extension was loaded from; none when it runs from a directory (its own tests). */
    private static byte[] extensionJar() {
        try {
            CodeSource source = BuildId.class.getProtectionDomain().getCodeSource();
            if (source != null
                    && source.getLocation() != null
                    && source.getLocation().getProtocol().equals("file")) {
                Path path = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(path)) {
                    return Files.readAllBytes(path);
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            // not a readable file: the classes and settings above still tell builds apart
        }
        return new byte[0];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
