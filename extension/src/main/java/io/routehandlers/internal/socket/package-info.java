/**
 * WebSocket routes (S-17): the server's side of one socket ({@link io.routehandlers.internal.socket.SocketConnection}:
 * its limits, its queue of messages to send, its idle check, its listener's calls), made by
 * {@link io.routehandlers.internal.socket.Sockets} for a {@code @Socket} handler's listener. No server API: the
 * adapters upgrade the request and carry the frames ({@code SocketSource}, {@code SocketTransport}).
 */
package io.routehandlers.internal.socket;
