package dev.corstck.reference.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.http.RawResponse;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.policy.PolicyFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded target ({@code cors-tck serve}) on the wire against hostile clients (issue 15, items 2 and 6): every
 * request is written byte for byte on a raw socket, so nothing between the test and the server can clean it up.
 */
@Timeout(60)
class HostileWireTests {

    private static EmbeddedTarget target;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    private static RawResponse get(String originLine) throws IOException {
        return RawHttp.exchange(target.port(), "GET /api/data HTTP/1.1\r\nHost: 127.0.0.1\r\n" + originLine
                + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void theExactOriginIsGranted() throws IOException {
        assertThat(get("Origin: http://localhost:3000").headers().first("Access-control-allow-origin"))
                .contains("http://localhost:3000");
    }

    /** The case, and every other byte the JDK server's {@code trim()} used to strip. */
    @ParameterizedTest(name = "padding \\x{0}")
    @ValueSource(strings = {"00", "01", "07", "08", "0b", "0c", "1b", "1f", "7f"})
    void anOriginPaddedWithAControlByteIsRefused(String hex) throws IOException {
        char pad = (char) Integer.parseInt(hex, 16);
        for (String origin : List.of("http://localhost:3000" + pad, pad + "http://localhost:3000")) {
            RawResponse r = get("Origin: " + origin);

            assertThat(r.headers().first("Access-control-allow-origin")).as("ACAO for %s", hex).isEmpty();
            assertThat(r.headers().first("Access-control-allow-credentials")).isEmpty();
        }
        String journaled = target.journal().entries().get(target.journal().entries().size() - 1).headers()
                .first("Origin").orElseThrow();
        assertThat(journaled).contains(String.valueOf(pad)); // the processor saw the real bytes
    }

    @Test
    void optionalWhitespaceAroundAnOriginIsNotPartOfIt() throws IOException {
        // RFC 9110 5.5: leading and trailing SP/HTAB are not part of a field value; the origin is exact.
        assertThat(get("Origin: \t http://localhost:3000 \t").headers().first("Access-control-allow-origin"))
                .contains("http://localhost:3000");
    }

    @Test
    void aPaddedPreflightIsRefusedToo() throws IOException {
        RawResponse r = RawHttp.exchange(target.port(), "OPTIONS /api/data HTTP/1.1\r\nHost: x\r\n"
                + "Origin: http://localhost:3000\u0000\r\nAccess-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.headers().first("Access-control-allow-origin")).isEmpty();
    }

    @Test
    void foldedLinesBareCarriageReturnsAndAmbiguousFramingAreRefused() throws IOException {
        assertThat(status("GET / HTTP/1.1\r\nHost: x\r\nOrigin: http://evil.example\r\n http://localhost:3000\r\n\r\n"))
                .isEqualTo(400);
        assertThat(status("GET / HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:3000\rX: y\r\n\r\n")).isEqualTo(400);
        assertThat(status("GET / HTTP/1.1\r\nHost: x\r\nOrigin : http://localhost:3000\r\n\r\n")).isEqualTo(400);
        assertThat(status("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\n")).isEqualTo(400);
        assertThat(status("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"))
                .isEqualTo(400);
        assertThat(status("GARBAGE\r\n\r\n")).isEqualTo(400);
    }

    @Test
    void hugeHeadsAndBodiesAreRefusedWithTheirLimit() throws IOException {
        assertThat(status("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(RawHttpServer.MAX_HEAD) + "\r\n\r\n"))
                .isEqualTo(431);
        assertThat(status("GET / HTTP/1.1\r\nHost: x\r\n" + "X-A: b\r\n".repeat(RawHttpServer.MAX_FIELDS + 1)
                + "\r\n")).isEqualTo(431);
        assertThat(status("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + (RawHttpServer.MAX_BODY + 1)
                + "\r\n\r\n")).isEqualTo(413);
    }

    @Test
    void chunkedBodiesAndKeepAliveWork() throws IOException {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                    + "GET /api/data HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String both = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(both).contains("\"body\":\"abc\"").containsPattern("(?s)HTTP/1.1 200 OK.*HTTP/1.1 200 OK");
        }
    }

    @Test
    void aDrippingClientDoesNotHoldUpOthers() throws Exception {
        try (Socket drip = connect()) {
            drip.getOutputStream().write("GET /api/data HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            assertThat(get("Origin: http://localhost:3000").status()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        }
    }

    @Test
    void twoHundredConcurrentHostileAndHonestClientsGetExactlyTheirAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean honest = i % 2 == 0;
                results.add(pool.submit(() -> {
                    RawResponse r = get("Origin: http://localhost:3000" + (honest ? "" : "\u0000"));
                    return r.headers().first("Access-control-allow-origin").isEmpty() != honest;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ReDoS through {@code serve}: a nested quantifier and a 32-character Origin, on the wire. */
    @Test
    void aBacktrackingPatternCannotHoldAServerThread() throws IOException {
        CorsPolicy policy = ((PolicyFile.Loaded.Valid) PolicyFile.parse(
                "origin: {pattern: '^https://(a+)+\\.example$'}\n", "redos.yaml")).policy();
        try (EmbeddedTarget redos = EmbeddedTarget.builder().policy(policy).start()) {
            String hostile = "https://" + "a".repeat(24);
            RawHttp.exchange(redos.port(), "GET /api/data HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                RawResponse r = RawHttp.exchange(redos.port(), "GET /api/data HTTP/1.1\r\nHost: x\r\nOrigin: "
                        + hostile + "\r\nConnection: close\r\n\r\n");
                assertThat(r.headers().first("Access-control-allow-origin")).isEmpty();
            }
            assertThat((System.nanoTime() - start) / 1_000_000 / 20).as("ms per hostile request").isLessThan(100);
        }
    }

    private static int status(String request) throws IOException {
        try (Socket s = connect()) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            String line = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", target.port()), 5_000);
        s.setSoTimeout(10_000);
        return s;
    }
}
