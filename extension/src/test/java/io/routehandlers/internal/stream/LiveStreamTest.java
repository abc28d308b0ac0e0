package io.routehandlers.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.EventStream;
import io.routehandlers.ResponseStream;
import io.routehandlers.SseEvent;
import io.routehandlers.fixtures.LogRecords;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.exchange.StreamOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S-11.1 to S-11.3 on one stream: disconnects, back-pressure and heartbeats, with an output the test controls. */
class LiveStreamTest {

    private LogRecords logged;

    private Streams streams(Duration heartbeat) {
        return new Streams() {
            @Override
            Duration heartbeat() {
                return heartbeat;
            }

            @Override
            String executorName() {
                return GlobalSettings.DEFAULT_EXECUTOR;
            }
        };
    }

    @BeforeEach
    void record() {
        logged = LogRecords.capture();
    }

    @AfterEach
    void stopRecording() {
        logged.close();
    }

    /** An output that keeps what was flushed, and fails every write once the client is "gone". */
    private static final class Client implements StreamOutput {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final AtomicBoolean gone = new AtomicBoolean();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile CountDownLatch slow = new CountDownLatch(0);

        @Override
        public void write(byte[] bytes) throws IOException {
            if (gone.get()) {
                throw new IOException("Broken pipe");
            }
            try {
                slow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (received) {
                received.write(bytes);
            }
        }

        @Override
        public void flush() throws IOException {
            if (gone.get()) {
                throw new IOException("Broken pipe");
            }
        }

        @Override
        public void end() {
            ended.countDown();
        }

        @Override
        public void abort() {
            ended.countDown();
        }

        String text() {
            synchronized (received) {
                return received.toString(StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void clientThatGoesAwayClosesTheStreamDropsLaterWritesAndLogsNothingAboveFine() throws Exception {
        Client client = new Client();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger writesAfterClose = new AtomicInteger();
        AtomicBoolean bodyThrew = new AtomicBoolean();
        ResponseStream.Body body = out -> {
            out.onClose(closed::countDown);
            try {
                for (int i = 0; i < 200 && out.isOpen(); i++) {
                    out.write("tick " + i + "\n");
                    out.flush();
                    Thread.sleep(5);
                }
                out.write("after"); // dropped, no exception
                writesAfterClose.incrementAndGet();
            } catch (RuntimeException e) {
                bodyThrew.set(true);
            }
        };
        LiveStream stream = streams(Duration.ZERO).body("/words", "Words#get()", body);
        stream.start(client);
        Thread.sleep(50);
        client.gone.set(true);
        assertThat(closed.await(1, TimeUnit.SECONDS))
                .as("onClose within a second")
                .isTrue();
        stream.ended().get(1, TimeUnit.SECONDS);
        assertThat(stream.isOpen()).isFalse();
        assertThat(writesAfterClose).hasValue(1);
        assertThat(client.text()).as("the write after the close was dropped").doesNotContain("after");
        assertThat(bodyThrew).isFalse();
        assertThat(client.ended.getCount()).isZero();
        assertThat(logged.records())
                .allSatisfy(r -> assertThat(r.getLevel().intValue()).isLessThanOrEqualTo(Level.FINE.intValue()));
    }

    @Test
    void serverToldOfADisconnectCancelsThePublishersSubscription() throws Exception {
        Client client = new Client();
        CountDownLatch cancelled = new CountDownLatch(1);
        Flow.Publisher<String> never = subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
                cancelled.countDown();
            }
        });
        LiveStream stream = streams(Duration.ZERO).publisher("/feed", "Feed#get()", never, Streams.Items.TEXT, null);
        stream.start(client);
        stream.disconnected(new IOException("Connection reset"));
        assertThat(cancelled.await(1, TimeUnit.SECONDS)).isTrue();
        stream.ended().get(1, TimeUnit.SECONDS);
        assertThat(logged.records())
                .allSatisfy(r -> assertThat(r.getLevel().intValue()).isLessThanOrEqualTo(Level.FINE.intValue()));
    }

    /** A publisher that delivers on its own thread as demand allows, and counts what it was asked for. */
    private static final class Counting implements Flow.Publisher<String> {
        final AtomicLong requested = new AtomicLong();
        private final int items;

        Counting(int items) {
            this.items = items;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super String> subscriber) {
            java.util.concurrent.Semaphore demand = new java.util.concurrent.Semaphore(0);
            AtomicBoolean cancelled = new AtomicBoolean();
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    requested.addAndGet(n);
                    demand.release((int) n);
                }

                @Override
                public void cancel() {
                    cancelled.set(true);
                }
            });
            Thread producer = new Thread(() -> {
                for (int i = 0; i < items && !cancelled.get(); i++) {
                    demand.acquireUninterruptibly();
                    subscriber.onNext("item " + i + ";");
                }
                subscriber.onComplete();
            });
            producer.setDaemon(true);
            producer.start();
        }
    }

    @Test
    void slowClientHoldsThePublisherBackToOneItemInFlight() throws Exception {
        Client client = new Client();
        client.slow = new CountDownLatch(1);
        Counting publisher = new Counting(5);
        LiveStream stream =
                streams(Duration.ZERO).publisher("/feed", "Feed#get()", publisher, Streams.Items.TEXT, null);
        stream.start(client);
        Thread.sleep(200);
        assertThat(publisher.requested)
                .as("asked for one item, whose write is blocked")
                .hasValue(1);
        assertThat(client.text()).isEmpty();
        client.slow.countDown();
        stream.ended().get(2, TimeUnit.SECONDS);
        assertThat(client.text()).isEqualTo("item 0;item 1;item 2;item 3;item 4;");
        assertThat(publisher.requested).as("one more after each written item").hasValue(6);
    }

    @Test
    void clientThatLeavesBeforeTheStartRunsNothingAndEndsAtOnce() throws Exception {
        Client client = new Client();
        AtomicBoolean ran = new AtomicBoolean();
        LiveStream stream = streams(Duration.ZERO).body("/words", "Words#get()", out -> ran.set(true));
        stream.disconnected(new IOException("Connection reset"));
        assertThat(stream.ended()).isDone();
        stream.start(client);
        stream.discard();
        Thread.sleep(50);
        assertThat(ran).isFalse();
        assertThat(stream.isOpen()).isFalse();
    }

    @Test
    void discardAfterTheStartChangesNothing() throws Exception {
        Client client = new Client();
        CountDownLatch release = new CountDownLatch(1);
        LiveStream stream = streams(Duration.ZERO).body("/words", "Words#get()", out -> {
            release.await();
            out.write("done");
        });
        stream.start(client);
        stream.discard();
        assertThat(stream.ended()).isNotDone();
        release.countDown();
        stream.ended().get(1, TimeUnit.SECONDS);
        assertThat(client.text()).isEqualTo("done");
    }

    @Test
    void idleEventStreamSendsAHeartbeatAfterEachSilentInterval() throws Exception {
        Client client = new Client();
        EventStream.Body body = events -> {
            Thread.sleep(600); // six heartbeat intervals: room for a scheduler that runs late on a loaded machine
            events.send(SseEvent.data("late"));
        };
        LiveStream stream = streams(Duration.ofMillis(100)).events("/clock", "Clock#get()", body);
        stream.start(client);
        stream.ended().get(5, TimeUnit.SECONDS);
        String text = client.text();
        assertThat(text).startsWith(":\n\n:\n\n").endsWith(":\n\ndata: late\n\n");
    }
}
