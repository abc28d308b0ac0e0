package io.routehandlers.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of a JUnit 5 class with a fresh {@link RouteTester} of the given classes, handed to test methods
 * that declare a {@code RouteTester} parameter and set on {@code RouteTester} fields; it is closed after the test.
 *
 * <pre>
 * &#64;RouteTest(value = {ItemRoute.class, Catalogue.class}, config = "routehandlers.max-body-size=1024")
 * class ItemRouteTest {
 *     &#64;Test
 *     void unknownItemIs404(RouteTester tester) {
 *         assertEquals(404, tester.get("/items/nothing").status());
 *     }
 * }
 * </pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RouteTestExtension.class)
public @interface RouteTest {

    /**
     * Route classes and the beans they inject.
     *
     * @return the classes
     */
    Class<?>[] value() default {};

    /**
     * Classes whose packages (with subpackages) are added whole.
     *
     * @return a class of each package
     */
    Class<?>[] packages() default {};

    /**
     * Configuration values, each {@code key=value}.
     *
     * @return the values
     */
    String[] config() default {};

    /**
     * Whether the tester keeps set cookies and sends them back, as a browser does.
     *
     * @return {@code false} by default
     */
    boolean cookieJar() default false;
}
