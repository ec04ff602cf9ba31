package dev.corstck.tck.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a live target accepts a TCP connection: a command whose target cannot be reached has decided nothing, so
 * it exits 3 as {@code grade} and {@code discover} do, rather than explaining a connection error as if it were CORS.
 */
final class Reachability {

    private Reachability() {
    }

    /** Why {@code url} cannot be reached within {@code timeout}, or empty when a connection opens. */
    static Optional<String> problem(String url, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed URL is reported, as a usage error, where it is parsed
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), port), (int) Math.max(1, timeout.toMillis()));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot reach " + uri.getScheme() + "://" + uri.getHost() + ":" + port + ": " + e
                    .getMessage() + "; check the URL and that the server is running and reachable from here");
        }
    }

    /** Thrown by a command's input stage when its target cannot be reached. */
    static final class UnreachableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message) {
            super(message, null, false, false);
        }
    }
}
