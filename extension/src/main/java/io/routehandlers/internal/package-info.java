/** Internal: the CDI portable extension and the route table it builds. Not an API. */
package io.routehandlers.internal;
