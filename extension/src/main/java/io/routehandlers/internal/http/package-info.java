/**
 * HTTP syntax, parsed and checked: dot-segments and percent-decoding of paths, query strings and forms, multipart
 * bodies, media types, header values, bounded bodies. Pure functions of their input: no request, no server, no
 * state.
 */
package io.routehandlers.internal.http;
