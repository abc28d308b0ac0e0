package io.routehandlers.sample;

import io.routehandlers.RouteSocket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat rooms of this server: each room's open sockets and its last ten messages. A room is made by its first
 * member. (Several servers would pass messages between them through a broker; a sample keeps it to one.)
 */
@ApplicationScoped
public class ChatRooms {

    private static final int RECENT = 10;

    private final Map<String, Set<RouteSocket>> members = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> recent = new ConcurrentHashMap<>();

    /** Adds a member; returns the room's last messages, for it to catch up. */
    List<String> join(String room, RouteSocket socket) {
        members.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(socket);
        broadcast(room, "* " + name(socket) + " joined");
        return recent(room);
    }

    /** Sends a member's message to every member, itself included. */
    void say(String room, RouteSocket socket, String text) {
        String line = name(socket) + ": " + text;
        Deque<String> last = recent.computeIfAbsent(room, r -> new ArrayDeque<>());
        synchronized (last) {
            last.addLast(line);
            if (last.size() > RECENT) {
                last.removeFirst();
            }
        }
        broadcast(room, line);
    }

    void leave(String room, RouteSocket socket) {
        Set<RouteSocket> in = members.get(room);
        if (in != null && in.remove(socket)) {
            broadcast(room, "* " + name(socket) + " left");
        }
    }

    int members(String room) {
        return members.getOrDefault(room, Set.of()).size();
    }

    List<String> recent(String room) {
        Deque<String> last = recent.get(room);
        if (last == null) {
            return List.of();
        }
        synchronized (last) {
            return new ArrayList<>(last);
        }
    }

    private void broadcast(String room, String line) {
        // A send to another member's socket never waits for that member: one that reads too slowly is closed (1013).
        members.getOrDefault(room, Set.of()).forEach(member -> member.send(line));
    }

    /** A member's short name: the start of its socket's id. */
    private static String name(RouteSocket socket) {
        return "guest-" + socket.id().substring(0, 4);
    }
}
