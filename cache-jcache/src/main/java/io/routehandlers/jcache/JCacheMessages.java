package io.routehandlers.jcache;

import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What the JCache store logs, in the format and the id range of the extension's runtime messages ({@code RH-15x},
 * docs/runtime-messages.md), under the route cache's logger. Kept in this module: it depends on the extension's public
 * SPI only.
 */
final class JCacheMessages {

    /** The route cache's logger, as the extension's cache logs under it. */
    static final Logger LOGGER = Logger.getLogger("io.routehandlers.cache");

    private JCacheMessages() {}

    /** The store and its configuration, when it is first used. */
    static void store(String caches, String provider) {
        info("RH-150", () -> "Route cache: JCache store, " + caches + provider + ".");
    }

    /** The store opened its caches, and which of its provider's timeouts it set (S-12.5). */
    static void open(String timeouts) {
        info("RH-151", () -> "Route cache: JCache caches open, " + timeouts + ".");
    }

    private static void info(String id, Supplier<String> what) {
        LOGGER.info(() -> id + " " + what.get());
    }
}
