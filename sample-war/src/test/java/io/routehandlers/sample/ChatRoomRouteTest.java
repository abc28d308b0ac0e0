package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestSocket;
import org.junit.jupiter.api.Test;

/** The chat room: what one member says reaches every member of the room, and the room remembers it. */
class ChatRoomRouteTest {

    @Test
    void membersOfARoomHearEachOtherAndLatecomersCatchUp() {
        try (RouteTester tester = RouteTester.of(ChatRoomRoute.class, ChatRooms.class);
                TestSocket ada = tester.socket("/api/rooms/lobby");
                TestSocket bob = tester.socket("/api/rooms/lobby")) {
            assertThat(ada.receiveText()).endsWith(" joined"); // ada herself
            assertThat(ada.receiveText()).endsWith(" joined"); // then bob
            assertThat(bob.receiveText()).endsWith(" joined");

            ada.send("hello");

            String line = bob.receiveText();
            assertThat(line).startsWith("guest-").endsWith(": hello");
            assertThat(ada.receiveText()).isEqualTo(line);
            assertThat(tester.get("/api/rooms/lobby").text())
                    .contains("\"members\":2")
                    .contains(line.replace("\"", "\\\""));

            try (TestSocket late = tester.socket("/api/rooms/lobby")) {
                assertThat(late.receiveText()).endsWith(" joined");
                assertThat(late.receiveText()).as("the room's last message").isEqualTo(line);
            }
            assertThat(bob.receiveText()).endsWith(" joined");
            assertThat(bob.receiveText()).endsWith(" left");
        }
    }

    @Test
    void aPageOfAnotherSiteCannotJoin() {
        try (RouteTester tester = RouteTester.of(ChatRoomRoute.class, ChatRooms.class);
                TestSocket socket = tester.request("GET", "/api/rooms/lobby")
                        .header("Origin", "https://elsewhere.example")
                        .socket()) {
            assertThat(socket.status()).isEqualTo(403);
        }
    }
}
