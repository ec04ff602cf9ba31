package dev.corstck.tck.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Targets that hang, reset, send garbage or too much: each yields a typed failure, in bounded time. */
class MisbehavingTargetTests {

    private static final Duration DEADLINE = Duration.ofMillis(700);
    private static final WireProber PROBER = new WireProber(ProbeOptions.defaults().withRequestTimeout(DEADLINE));

    @AfterAll
    static void closeProber() {
        PROBER.close();
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("hangs after reading the request", (ScriptedServer.Script) c -> {
                    c.readHead();
                    Thread.sleep(10_000);
                }, ProbeFailure.Timeout.class, "response"),
                Arguments.of("resets the connection", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.socket.setSoLinger(true, 0);
                    c.socket.close();
                }, ProbeFailure.Reset.class, "reset"),
                Arguments.of("closes without answering", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.socket.close();
                }, ProbeFailure.ClosedEarly.class, "no response"),
                Arguments.of("speaks another protocol", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
                }, ProbeFailure.Malformed.class, "status line"),
                Arguments.of("sends binary garbage", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("\u0000\u00ff\u0013garbage\n\n");
                }, ProbeFailure.Malformed.class, "status line"),
                Arguments.of("sends a 1 MB header", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(1024 * 1024) + "\r\n\r\n");
                }, ProbeFailure.TooLarge.class, "response head"),
                Arguments.of("sends 5000 header lines", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\n" + "X-A: b\r\n".repeat(5000) + "\r\n");
                }, ProbeFailure.TooLarge.class, "header line count"),
                Arguments.of("trickles one byte at a time (slowloris)", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\n");
                    for (int i = 0; i < 200; i++) {
                        c.write("X");
                        Thread.sleep(50);
                    }
                }, ProbeFailure.Timeout.class, "response"),
                Arguments.of("closes inside a Content-Length body", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b");
                    c.socket.close();
                }, ProbeFailure.ClosedEarly.class, "10 of 100"),
                Arguments.of("closes inside the head", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Ori");
                    c.socket.close();
                }, ProbeFailure.ClosedEarly.class, "header section"),
                Arguments.of("sends conflicting Content-Length", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok");
                }, ProbeFailure.Malformed.class, "Content-Length"),
                Arguments.of("sends a bad chunk size", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
                }, ProbeFailure.Malformed.class, "chunk size"),
                Arguments.of("sends a header line without colon", (ScriptedServer.Script) c -> {
                    c.readHead();
                    c.write("HTTP/1.1 200 OK\r\nthis is not a header\r\n\r\n");
                }, ProbeFailure.Malformed.class, "without a name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void misbehaviourYieldsATypedFailureInBoundedTime(String name, ScriptedServer.Script script,
            Class<? extends ProbeFailure> expected, String detail) throws Exception {
        try (ScriptedServer server = ScriptedServer.start(script)) {
            long t0 = System.nanoTime();
            Exchange exchange = PROBER.exchange(server.target(), RawRequest.of("GET", "/", HeaderList.empty()));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(exchange.failure()).as(exchange.summary()).get().isInstanceOf(expected);
            assertThat(exchange.failure().orElseThrow().describe()).contains(detail);
            assertThat(took).isLessThan(DEADLINE.plus(WireProber.GRACE).plusMillis(500));
        }
    }

    @Test
    void refusedConnectionIsRefused() throws Exception {
        Exchange exchange = PROBER.exchange(new ProbeTarget("http", "127.0.0.1", FreePort.closed()),
                RawRequest.of("GET", "/", HeaderList.empty()));
        assertThat(exchange.failure()).get().isInstanceOf(ProbeFailure.Refused.class);
        assertThat(exchange.timing().connection()).isEqualTo(Timing.ConnectionUse.NEW);
    }

    @Test
    void unresolvableHostIsUnresolved() {
        Exchange exchange = PROBER.exchange(new ProbeTarget("http", "no-such-host.invalid", 80),
                RawRequest.of("GET", "/", HeaderList.empty()));
        assertThat(exchange.failure()).get().isInstanceOfAny(ProbeFailure.Unresolved.class,
                ProbeFailure.Timeout.class);
    }

    @Test
    void peerThatNeverReadsAHugeBodyIsCutAtTheDeadline() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> Thread.sleep(10_000))) {
            long t0 = System.nanoTime();
            Exchange exchange = PROBER.exchange(server.target(),
                    new RawRequest("POST", "/", HeaderList.empty(), "x".repeat(64 * 1024 * 1024)));
            assertThat(exchange.failure()).get().isInstanceOf(ProbeFailure.Timeout.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }
}
