/**
 * Streamed answers and Server-Sent Events (S-11): the producer of a live body ({@link
 * io.routehandlers.internal.stream.LiveStream}) and where it runs ({@link io.routehandlers.internal.stream.Streams}).
 */
package io.routehandlers.internal.stream;
