package io.routehandlers.internal.direct;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request for the in-process adapter, as a test builds it.
 *
 * @param method the method
 * @param path the path below the context root, as a client would send it (escapes kept), with no query
 * @param query the raw query string, if any
 * @param headers name and value pairs, in order
 * @param body the body bytes
 * @param user the authenticated caller, if any
 * @param roles the caller's roles
 * @param remoteAddress the address of the connection's peer
 */
public record DirectRequest(
        String method,
        String path,
        Optional<String> query,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        Optional<Principal> user,
        Set<String> roles,
        String remoteAddress) {

    public DirectRequest {
        headers = List.copyOf(headers);
        roles = Set.copyOf(roles);
    }
}
