package io.routehandlers.testing;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The JUnit 5 side of {@link RouteTest}: one tester per test, closed after it. */
public final class RouteTestExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RouteTestExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        RouteTest settings = settings(context.getRequiredTestClass());
        RouteTester.Builder builder =
                RouteTester.builder().classes(settings.value()).packages(settings.packages());
        for (String entry : settings.config()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@RouteTest config entry '" + entry + "' is not key=value");
            }
            builder.config(
                    entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        if (settings.cookieJar()) {
            builder.cookieJar();
        }
        RouteTester tester = builder.build();
        context.getStore(NAMESPACE).put(RouteTester.class, tester);
        // A @Nested test's enclosing instances get the tester too: their fields are the nested test's as well.
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == RouteTester.class) {
                        field.setAccessible(true);
                        field.set(instance, tester);
                    }
                }
            }
        }
    }

    /** The {@code @RouteTest} of a test class, of a superclass, or of an enclosing class of a {@code @Nested} test. */
    private static RouteTest settings(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<RouteTest> found = AnnotationSupport.findAnnotation(type, RouteTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ExtensionConfigurationException(testClass.getName() + " uses RouteTestExtension without @RouteTest");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RouteTester tester = context.getStore(NAMESPACE).remove(RouteTester.class, RouteTester.class);
        if (tester != null) {
            tester.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RouteTester.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RouteTester tester = context.getStore(NAMESPACE).get(RouteTester.class, RouteTester.class);
        if (tester == null) {
            throw new ParameterResolutionException("No RouteTester: annotate the test class with @RouteTest");
        }
        return tester;
    }
}
