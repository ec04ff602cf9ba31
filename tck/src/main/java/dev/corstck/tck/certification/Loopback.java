package dev.corstck.tck.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A started implementation's loopback side: a free port for it, and waiting until its {@code /health} answers. */
final class Loopback {

    private static final Duration POLL = Duration.ofMillis(250);

    private Loopback() {
    }

    /** Return a port on 127.0.0.1 that was free a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port: " + e.getMessage(), e);
        }
    }

    /**
     * Wait until {@code GET http://127.0.0.1:port/health} answers 2xx, for at most {@code timeout}. Return why it did
     * not (the server ended, or the time ran out with the last answer or error), empty once it is up.
     */
    static Optional<String> awaitHealth(ProcessTree server, int port, Duration timeout) throws InterruptedException {
        // HTTP/1.1 only: an h2c upgrade offer gets 400 from some servers (uvicorn: "Unsupported upgrade request").
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).proxy(HttpClient.Builder.NO_PROXY).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            Optional<Integer> exit = server.exitCode();
            if (exit.isPresent()) {
                return Optional.of("the server ended (exit code " + exit.get() + ") before GET /health answered");
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return Optional.empty();
                }
                last = "status " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Thread.sleep(POLL.toMillis());
        }
        return Optional.of("GET http://127.0.0.1:" + port + "/health did not answer 2xx within "
                + timeout.toSeconds() + " s (last: " + last + ")");
    }
}
