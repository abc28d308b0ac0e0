/** Internal: small HTTP helpers (percent-decoding, header validation, query and form parsing). */
package io.routehandlers.internal.http;
