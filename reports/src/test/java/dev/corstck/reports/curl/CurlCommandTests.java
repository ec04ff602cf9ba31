package dev.corstck.reports.curl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Body;
import dev.corstck.reports.model.Header;
import dev.corstck.reports.model.WireRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Run each generated curl command for real and check the bytes a raw socket server receives. */
class CurlCommandTests {

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("preflight OPTIONS", "OPTIONS", "/api/items?id=1", List.of(
                        new Header("Origin", "https://app.localhost"),
                        new Header("Access-Control-Request-Method", "PUT"),
                        new Header("Access-Control-Request-Headers", "authorization,content-type"),
                        new Header("Accept", "*/*")), ""),
                Arguments.of("GET with hostile header values", "GET", "/x", List.of(
                        new Header("Origin", "https://evil.example"),
                        new Header("X-Evil", "<script>alert(1)</script>'$(touch /tmp/pwned)'`id`"),
                        new Header("X-Dup", "a"), new Header("X-Dup", "b")), ""),
                Arguments.of("header with empty value", "GET", "/empty", List.of(
                        new Header("Origin", "null"), new Header("X-Empty", "")), ""),
                Arguments.of("PUT with JSON body that starts with @", "PUT", "/api/items/1", List.of(
                        new Header("Origin", "https://app.localhost"), new Header("Content-Type", "application/json")),
                        "@/etc/passwd {\"it's\":\"<b>\"}"),
                Arguments.of("POST without content type", "POST", "/form", List.of(
                        new Header("Origin", "https://app.localhost")), "a=1&b=2"),
                Arguments.of("path with brackets and dots", "GET", "/a/../b[1]?q={x}", List.of(
                        new Header("Origin", "https://app.localhost")), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void curlSendsTheRecordedRequest(String name, String method, String target, List<Header> headers, String body)
            throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String authority = "127.0.0.1:" + server.getLocalPort();
            List<Header> sent = new ArrayList<>();
            sent.add(new Header("Host", authority));
            sent.addAll(headers);
            WireRequest request = WireRequest.of(method, "http://" + authority + target, sent,
                    Body.ofText(body));
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> receiveOne(server));

            Process curl = new ProcessBuilder("bash", "-c", CurlCommand.of(request)).redirectErrorStream(true)
                    .start();
            assertThat(curl.waitFor(20, TimeUnit.SECONDS)).as("curl finished").isTrue();
            String head = received.get(20, TimeUnit.SECONDS);

            List<String> expected = new ArrayList<>();
            expected.add(method + " " + target + " HTTP/1.1");
            sent.forEach(h -> expected.add(h.value().isEmpty() ? h.name() + ":" : h.name() + ": " + h.value()));
            if (!body.isEmpty()) {
                expected.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
            }
            assertThat(head.split("\r\n\r\n", 2)[0].split("\r\n")).containsExactlyElementsOf(expected);
            assertThat(head.split("\r\n\r\n", 2)[1]).isEqualTo(body);
            assertThat(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 204");
        }
    }

    /** Accept one connection, read the request head and body, answer 204. */
    private static String receiveOne(ServerSocket server) {
        try {
            server.setSoTimeout(20_000);
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(20_000);
                String text = readRequest(socket.getInputStream());
                socket.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return text;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int contentLength = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0 && contentLength < 0) {
                contentLength = text.lines().filter(l -> l.regionMatches(true, 0, "Content-Length:", 0, 15))
                        .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
            }
            if (end >= 0 && bytes.size() >= end + 4 + contentLength) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
