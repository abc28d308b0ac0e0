/** Internal: cookie parsing and serialization (byte-identical to Next.js) and the request's cookie store. */
package io.routehandlers.internal.cookies;
