package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation that binds {@link RouteFilter}s to routes, as Jakarta REST's {@code @NameBinding} does for its
 * filters: a filter class that carries it runs only for handlers whose method or route class carries it too.
 *
 * <pre>
 * &#64;FilterBinding
 * &#64;Retention(RUNTIME)
 * &#64;Target({TYPE, METHOD})
 * public &#64;interface Audited {}
 *
 * &#64;Audited &#64;ApplicationScoped
 * public class AuditTrail implements RouteFilter { ... }
 *
 * &#64;Route("/orders")
 * public class Orders {
 *     &#64;Audited &#64;POST
 *     public Order place(Order order) { ... }                 // audited; GET /orders is not
 * }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface FilterBinding {}
