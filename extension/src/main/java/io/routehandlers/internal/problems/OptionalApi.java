package io.routehandlers.internal.problems;

import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Constructor;
import java.util.function.Consumer;

/**
 * Creates an integration with an API the application may not see (S-13: Jakarta Validation, OpenTelemetry): only when
 * every probe class is visible, and by name, so that the API's classes are never loaded on a server without it.
 */
public final class OptionalApi {

    private OptionalApi() {}

    /** Whether every probe class is visible to a class loader. */
    public static boolean visible(ClassLoader loader, String... probes) {
        try {
            for (String probe : probes) {
                Class.forName(probe, false, loader);
            }
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The integration, or {@code none}.
     *
     * @param type what the integration implements; its implementation is in the same package
     * @param implementation the implementation's simple name; it has a constructor taking the {@link BeanManager}
     * @param beans the application's beans
     * @param none what to use when the API is missing or the integration cannot be built
     * @param unavailable told why, when the API is visible but the integration could not be built
     * @param probes classes of the API that must be visible
     */
    public static <T> T create(
            Class<T> type,
            String implementation,
            BeanManager beans,
            T none,
            Consumer<Throwable> unavailable,
            String... probes) {
        ClassLoader loader = type.getClassLoader();
        if (!visible(loader, probes)) {
            return none;
        }
        try {
            Constructor<?> constructor = Class.forName(type.getPackageName() + "." + implementation, true, loader)
                    .getDeclaredConstructor(BeanManager.class);
            constructor.setAccessible(true); // a package-private class of another internal package
            return type.cast(constructor.newInstance(beans));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            unavailable.accept(e.getCause() != null ? e.getCause() : e);
            return none;
        }
    }
}
