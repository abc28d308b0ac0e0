/** Internal: reading {@code @Route} classes, validating them and the deployment message catalogue. */
package io.routehandlers.internal.scan;
