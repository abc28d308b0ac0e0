package io.routehandlers.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of the specification ({@code S-x.y}) that a TCK test verifies. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Spec {

    /**
     * The rule ids, such as {@code "S-2.2"}.
     *
     * @return the ids
     */
    String[] value();
}
