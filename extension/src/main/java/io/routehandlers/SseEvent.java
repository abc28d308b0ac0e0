package io.routehandlers;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One Server-Sent Event, or a comment, framed as the WHATWG HTML standard reads it (S-11.2):
 *
 * <pre>
 * SseEvent.data("x\ny").event("tick").id("1")   // event: tick\nid: 1\ndata: x\ndata: y\n\n
 * SseEvent.data("{}").retry(Duration.ofSeconds(5))  // retry: 5000\ndata: {}\n\n
 * SseEvent.comment("still here")                 // : still here\n\n
 * </pre>
 *
 * <p>Immutable: each method returns a new event. The event name and id are single lines (an id holds no NUL
 * either), so no value can forge another field or event; a data value may hold line breaks ({@code \n},
 * {@code \r\n} or {@code \r}), each line sent as its own {@code data:} line.
 */
public final class SseEvent {

    private final String data;
    private final String event;
    private final String id;
    private final Duration retry;
    private final boolean comment;

    private SseEvent(String data, String event, String id, Duration retry, boolean comment) {
        this.data = data;
        this.event = event;
        this.id = id;
        this.retry = retry;
        this.comment = comment;
    }

    /**
     * An event of the default type {@code message} with data.
     *
     * @param data the data; may be empty and may hold line breaks
     * @return the event
     */
    public static SseEvent data(String data) {
        return new SseEvent(Objects.requireNonNull(data, "data"), null, null, null, false);
    }

    /**
     * A comment, which the browser ignores: a keep-alive, or a note for a human reading the stream.
     *
     * @param text the text; may hold line breaks, each line sent as its own comment line
     * @return the comment
     */
    public static SseEvent comment(String text) {
        return new SseEvent(Objects.requireNonNull(text, "text"), null, null, null, true);
    }

    /**
     * This event with a type, the name of the browser's {@code addEventListener}.
     *
     * @param name the type: one line
     * @return a new event
     * @throws IllegalArgumentException when the name holds a line break, or this is a comment
     */
    public SseEvent event(String name) {
        requireEvent("event");
        return new SseEvent(data, field("event", name, false), id, retry, false);
    }

    /**
     * This event with an id, which the browser sends back as {@code Last-Event-ID} when it reconnects.
     *
     * @param value the id: one line, no NUL
     * @return a new event
     * @throws IllegalArgumentException when the id holds a line break or NUL, or this is a comment
     */
    public SseEvent id(String value) {
        requireEvent("id");
        return new SseEvent(data, event, field("id", value, true), retry, false);
    }

    /**
     * This event with the time the browser waits before it reconnects.
     *
     * @param delay zero or more, sent in whole milliseconds
     * @return a new event
     * @throws IllegalArgumentException when the delay is negative, or this is a comment
     */
    public SseEvent retry(Duration delay) {
        requireEvent("retry");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("An SSE retry delay must not be negative: " + delay);
        }
        return new SseEvent(data, event, id, delay, false);
    }

    /**
     * The data, or the comment's text.
     *
     * @return the text
     */
    public String data() {
        return data;
    }

    /**
     * The event's type.
     *
     * @return the type, empty for the default {@code message}
     */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /**
     * The event's id.
     *
     * @return the id, if set
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The reconnection delay.
     *
     * @return the delay, if set
     */
    public Optional<Duration> retry() {
        return Optional.ofNullable(retry);
    }

    /**
     * Whether this is a comment.
     *
     * @return {@code true} for {@link #comment(String)}
     */
    public boolean isComment() {
        return comment;
    }

    /**
     * The event as it is sent: its fields, one per line, and the blank line that ends it.
     *
     * @return the framed event
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(data.length() + 32);
        if (comment) {
            lines(out, ":", data);
        } else {
            if (event != null) {
                out.append("event: ").append(event).append('\n');
            }
            if (id != null) {
                out.append("id: ").append(id).append('\n');
            }
            if (retry != null) {
                out.append("retry: ").append(retry.toMillis()).append('\n');
            }
            lines(out, "data:", data);
        }
        return out.append('\n').toString();
    }

    /** Each line of a value after a field name and a space; {@code \r\n}, {@code \r} and {@code \n} end a line. */
    private static void lines(StringBuilder out, String field, String value) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                out.append(field).append(' ').append(value, start, i).append('\n');
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
    }

    private void requireEvent(String what) {
        if (comment) {
            throw new IllegalArgumentException("A comment has no " + what + ": use SseEvent.data(...)");
        }
    }

    private static String field(String name, String value, boolean noNul) {
        Objects.requireNonNull(value, name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || (noNul && c == 0)) {
                throw new IllegalArgumentException(
                        "An SSE " + name + " must be one line" + (noNul ? " without NUL" : "") + ": character U+"
                                + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        return value;
    }
}
