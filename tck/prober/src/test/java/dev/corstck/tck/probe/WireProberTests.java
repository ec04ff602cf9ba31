package dev.corstck.tck.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.ResponderException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireProberTests {

    private static final WireProber PROBER =
            new WireProber(ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(3)));

    @AfterAll
    static void closeProber() {
        PROBER.close();
    }

    @Test
    void sendsRequestLineAndHeaderLinesExactlyAsGiven() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 204 No Content\r\n\r\n");
        })) {
            RawRequest request = RawRequest.of("patch", "/a?b=c%20d", HeaderList.of("origin", "https://App.Example",
                    "X-Dup", "1", "x-dup", "2", "ACCESS-CONTROL-REQUEST-METHOD", "patch", "Weird", " padded "));
            Exchange exchange = PROBER.exchange(server.target(), request);
            assertThat(exchange.response()).map(RawResponse::status).contains(204);
            assertThat(server.heads()).containsExactly("patch /a?b=c%20d HTTP/1.1\r\nHost: "
                    + server.target().authority() + "\r\norigin: https://App.Example\r\nX-Dup: 1\r\nx-dup: 2\r\n"
                    + "ACCESS-CONTROL-REQUEST-METHOD: patch\r\nWeird:  padded \r\n\r\n");
            assertThat(exchange.request().headers().fields().get(0)).isEqualTo(
                    new HeaderField("Host", server.target().authority()));
        }
    }

    @Test
    void keepsDuplicateResponseHeaderLinesInOrderWithTheirCase() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: https://a.example\r\nvary: Origin\r\n"
                    + "access-control-allow-origin: https://a.example\r\nContent-Length: 2\r\n\r\nok");
        })) {
            RawResponse response = PROBER.exchange(server.target(), RawRequest.of("GET", "/", HeaderList.empty()))
                    .response().orElseThrow();
            assertThat(response.headers().fields()).extracting(HeaderField::toString).containsExactly(
                    "Access-Control-Allow-Origin: https://a.example", "vary: Origin",
                    "access-control-allow-origin: https://a.example", "Content-Length: 2");
            assertThat(response.headers().count("Access-Control-Allow-Origin")).isEqualTo(2);
            assertThat(response.body()).isEqualTo("ok");
        }
    }

    static Stream<Arguments> framings() {
        return Stream.of(
                Arguments.of("content-length", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 200, "hello"),
                Arguments.of("chunked with extension and trailer", "GET", "HTTP/1.1 200 OK\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n3;x=y\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: t\r\n\r\n",
                        200, "hello"),
                Arguments.of("close-delimited", "GET", "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello", 200, "hello"),
                Arguments.of("HTTP/1.0 without length", "GET", "HTTP/1.0 200 OK\r\n\r\nhello", 200, "hello"),
                Arguments.of("HEAD has no body", "HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", 200, ""),
                Arguments.of("204 has no body", "OPTIONS", "HTTP/1.1 204 No Content\r\n\r\n", 204, ""),
                Arguments.of("interim 100 then final", "GET", "HTTP/1.1 100 Continue\r\n\r\n"
                        + "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok", 201, "ok"),
                Arguments.of("bare LF line endings", "GET", "HTTP/1.1 200 OK\nContent-Length: 2\n\nok", 200, "ok"),
                Arguments.of("status without reason", "GET", "HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n", 404, ""),
                Arguments.of("equal duplicate content-length", "GET",
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok", 200, "ok"),
                Arguments.of("UTF-8 body", "GET", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n\u00e2\u0082\u00ac",
                        200, "\u20ac"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("framings")
    void readsEveryBodyFraming(String name, String method, String response, int status, String body) throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            c.write(response);
            c.socket.shutdownOutput();
        })) {
            Exchange exchange = PROBER.exchange(server.target(), RawRequest.of(method, "/", HeaderList.empty()));
            RawResponse r = exchange.response().orElseThrow(() -> new AssertionError(exchange.summary()));
            assertThat(r.status()).isEqualTo(status);
            assertThat(r.body()).isEqualTo(body);
        }
    }

    @Test
    void foldedHeaderLineIsJoinedToThePreviousOne() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Headers: a,\r\n  b\r\n\r\n");
        })) {
            RawResponse r = PROBER.exchange(server.target(), RawRequest.of("GET", "/", HeaderList.empty()))
                    .response().orElseThrow();
            assertThat(r.headers().all("Access-Control-Allow-Headers")).containsExactly("a, b");
        }
    }

    @Test
    void reusesKeepAliveConnectionsPerOrigin() throws Exception {
        try (JdkTarget target = new JdkTarget()) {
            Exchange first = PROBER.exchange(target.target(), BrowserRequests.actual("GET", "/one",
                    "https://app.example", HeaderList.empty(), ""));
            Exchange second = PROBER.exchange(target.target(), BrowserRequests.preflight("/two", "https://app.example",
                    "PUT", java.util.List.of("Content-Type")));
            assertThat(first.timing().connection()).isEqualTo(Timing.ConnectionUse.NEW);
            assertThat(second.timing().connection()).isEqualTo(Timing.ConnectionUse.REUSED);
            assertThat(second.timing().connect()).isZero();
            String port = first.response().orElseThrow().headers().first("X-Client-Port").orElseThrow();
            assertThat(second.response().orElseThrow().headers().first("X-Client-Port")).contains(port);
            assertThat(second.response().orElseThrow().status()).isEqualTo(204);
        }
    }

    @Test
    void resendsOnceOnAFreshConnectionWhenThePooledOneWasClosed() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            c.socket.close(); // keep-alive promised, but the connection is closed right after
        })) {
            RawRequest get = RawRequest.of("GET", "/", HeaderList.empty());
            assertThat(PROBER.exchange(server.target(), get).response()).isPresent();
            Thread.sleep(50);
            Exchange again = PROBER.exchange(server.target(), get);
            assertThat(again.response()).isPresent();
            assertThat(again.timing().connection()).isEqualTo(Timing.ConnectionUse.NEW);
            assertThat(server.heads()).hasSize(2);
        }
    }

    @Test
    void truncatesBodiesPastTheLimitAndDropsTheConnection() throws Exception {
        try (WireProber small = new WireProber(ProbeOptions.defaults().withMaxBodyBytes(1024));
                JdkTarget target = new JdkTarget()) {
            String longPath = "/" + "x".repeat(4000);
            Exchange big = small.exchange(target.target(), RawRequest.of("GET", longPath, HeaderList.empty()));
            ProbeOutcome.Answered answered = (ProbeOutcome.Answered) big.outcome();
            assertThat(answered.bodyExtent()).isEqualTo(ProbeOutcome.BodyExtent.TRUNCATED);
            assertThat(answered.response().body()).hasSize(1024).isEqualTo(longPath.substring(0, 1024));
            Exchange next = small.exchange(target.target(), RawRequest.of("GET", "/", HeaderList.empty()));
            assertThat(next.timing().connection()).isEqualTo(Timing.ConnectionUse.NEW);
        }
    }

    @Test
    void addsContentLengthForABodyWithoutFraming() throws Exception {
        try (JdkTarget target = new JdkTarget()) {
            Exchange post = PROBER.exchange(target.target(), new RawRequest("POST", "/p",
                    HeaderList.of("Content-Type", "text/plain"), "{\"a\":\u20ac}"));
            assertThat(post.request().headers().first("Content-Length")).contains("9");
            assertThat(post.response()).map(RawResponse::status).contains(200);
        }
    }

    @Test
    void answersAsAResponderAndTurnsFailuresIntoResponderExceptions() throws Exception {
        try (JdkTarget target = new JdkTarget()) {
            RawResponse r = PROBER.respond(target.target().origin(), RawRequest.of("GET", "/r", HeaderList.empty()));
            assertThat(r.body()).isEqualTo("/r");
        }
        assertThatThrownBy(() -> PROBER.respond("http://127.0.0.1:" + FreePort.closed(),
                RawRequest.of("GET", "/", HeaderList.empty())))
                .isInstanceOf(ResponderException.class).hasMessageStartingWith("connection refused");
        assertThatThrownBy(() -> PROBER.respond("ftp://x", RawRequest.of("GET", "/", HeaderList.empty())))
                .isInstanceOf(ResponderException.class).hasMessageContaining("not an absolute http");
    }
}
