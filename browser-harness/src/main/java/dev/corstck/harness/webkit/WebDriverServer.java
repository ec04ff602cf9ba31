package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.process.ProcessTree;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One {@code WebKitWebDriver} on a loopback port, drawing on a given X display. It serves a single WebDriver session
 * at a time ("Maximum number of active sessions"), so every harness session gets its own.
 */
final class WebDriverServer {

    private static final int PORT_ATTEMPTS = 3;
    private static final HttpClient STATUS_CLIENT = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private final ProcessTree tree;
    private final URI url;

    private WebDriverServer(ProcessTree tree, URI url) {
        this.tree = tree;
        this.url = url;
    }

    /**
     * Start a server on a free port and wait until {@code GET /status} says ready, all before {@code deadline}. The
     * server and the MiniBrowser it starts keep their data, caches and log under {@code home}.
     */
    static WebDriverServer start(Path executable, String display, Path home, Instant deadline)
            throws EngineException {
        EngineException last = new EngineException("WebKitWebDriver did not start");
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            ProcessTree tree = spawn(executable, display, port, home);
            URI url = URI.create("http://127.0.0.1:" + port);
            try {
                awaitReady(tree, url, deadline);
                return new WebDriverServer(tree, url);
            } catch (EngineException e) {
                tree.end(Duration.ZERO); // most likely another process took the port first: try another one
                last = e;
            }
        }
        throw last;
    }

    URI url() {
        return url;
    }

    ProcessTree tree() {
        return tree;
    }

    private static ProcessTree spawn(Path executable, String display, int port, Path home) throws EngineException {
        ProcessBuilder pb = new ProcessBuilder(List.of(executable.toString(), "--port=" + port, "--host=127.0.0.1"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("webkitwebdriver.log").toFile()));
        // Per-session data dirs: even a non-ephemeral store could then share no cookie or cache with another session.
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("GDK_BACKEND", "x11");
        pb.environment().put("NO_AT_BRIDGE", "1"); // no accessibility bus: nothing to connect to, only delays
        pb.environment().remove("WAYLAND_DISPLAY");
        try {
            return new ProcessTree(pb.start().toHandle());
        } catch (IOException e) {
            throw new EngineException("cannot start " + executable + ": " + e.getMessage(), e);
        }
    }

    private static void awaitReady(ProcessTree tree, URI url, Instant deadline) throws EngineException {
        HttpRequest status = HttpRequest.newBuilder(url.resolve("/status")).timeout(Duration.ofSeconds(1)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!tree.root().isAlive()) {
                throw new EngineException("WebKitWebDriver exited at start (port taken?)");
            }
            try {
                if (STATUS_CLIENT.send(status, HttpResponse.BodyHandlers.ofString()).body().contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while WebKitWebDriver started", e);
            }
            pause();
        }
        throw new EngineException("WebKitWebDriver was not ready at " + url + " before the launch timeout");
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws EngineException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EngineException("no free loopback port: " + e.getMessage(), e);
        }
    }
}
