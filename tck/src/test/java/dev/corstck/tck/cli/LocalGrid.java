package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.json.Json;

/**
 * A Selenium Grid 4.47.0 on loopback for tests and {@code tools/bench-grid}: a standalone, or a hub and N nodes,
 * each a forked JVM on a free port with the Debian chromedriver ({@code --selenium-manager false}, one session per
 * node). Closing it ends each process it started, and what each left running, by PID.
 */
final class LocalGrid implements AutoCloseable {

    static final Path LIB = Path.of("..", "tools", "grid", "target", "lib");
    private static final Duration READY = Duration.ofSeconds(120);

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final Path dir;
    private final int port;

    private LocalGrid(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Start a standalone Grid that runs one session at a time. */
    static LocalGrid standalone(Path dir) throws IOException, InterruptedException {
        LocalGrid grid = new LocalGrid(dir, freePort());
        grid.fork("standalone", List.of("standalone", "--host", "127.0.0.1", "--port", "" + grid.port,
                "--selenium-manager", "false", "--max-sessions", "1"));
        grid.awaitNodes(1);
        return grid;
    }

    /** Start a hub and {@code nodes} nodes that run one session each, on a private event bus. */
    static LocalGrid hubAndNodes(Path dir, int nodes) throws IOException, InterruptedException {
        LocalGrid grid = new LocalGrid(dir, freePort());
        String publish = "tcp://127.0.0.1:" + freePort();
        String subscribe = "tcp://127.0.0.1:" + freePort();
        grid.fork("hub", List.of("hub", "--host", "127.0.0.1", "--port", "" + grid.port, "--publish-events",
                publish, "--subscribe-events", subscribe));
        for (int i = 1; i <= nodes; i++) {
            // --grid-url: the se:cdp address the hub hands out is built from it (else this host's address:4444).
            grid.fork("node" + i, List.of("node", "--host", "127.0.0.1", "--port", "" + freePort(),
                    "--publish-events", publish, "--subscribe-events", subscribe, "--grid-url", grid.url(),
                    "--selenium-manager", "false", "--max-sessions", "1"));
        }
        grid.awaitNodes(nodes);
        return grid;
    }

    /** The Grid's URL, {@code http://127.0.0.1:PORT}. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The Grid's {@code GET /status} body. */
    String status() throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(HttpRequest.newBuilder(URI.create(url() + "/status")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The nodes (their URIs) whose Chrome slot ever started a session, from {@code /status}: a slot's
     * {@code lastStarted} stays at the epoch until its first session.
     */
    List<String> nodesThatStartedASession() throws IOException, InterruptedException {
        Map<?, ?> body = new Json().toType(status(), Map.class);
        Map<?, ?> value = (Map<?, ?>) body.get("value");
        List<String> used = new ArrayList<>();
        for (Object node : (List<?>) value.get("nodes")) {
            Map<?, ?> n = (Map<?, ?>) node;
            boolean started = ((List<?>) n.get("slots")).stream()
                    .anyMatch(slot -> !"1970-01-01T00:00:00Z".equals(((Map<?, ?>) slot).get("lastStarted")));
            if (started) {
                used.add(String.valueOf(n.get("uri")));
            }
        }
        return used;
    }

    /** Every process's log, for failure messages. */
    String logs() {
        return logs.stream().map(p -> {
            try {
                return "== " + p.getFileName() + "\n" + Files.readString(p);
            } catch (IOException e) {
                return "== " + p.getFileName() + ": " + e;
            }
        }).collect(Collectors.joining("\n"));
    }

    private void fork(String name, List<String> args) throws IOException {
        assertThat(LIB.resolve("selenium-grid-4.47.0.jar")).as("run: mvn -f tools/grid/pom.xml "
                + "dependency:copy-dependencies -DoutputDirectory=target/lib").exists();
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", LIB.toAbsolutePath() + "/*", "org.openqa.selenium.grid.Bootstrap"));
        command.addAll(args);
        processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        logs.add(log);
    }

    /** Wait (bounded) until {@code /status} is ready with {@code nodes} nodes UP; fail naming what was seen. */
    private void awaitNodes(int nodes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    close();
                    throw new AssertionError("a Grid process exited (" + p.exitValue() + ") while starting:\n"
                            + logs());
                }
            }
            try {
                last = status();
                int up = last.split("\"availability\"\\s*:\\s*\"UP\"", -1).length - 1;
                if (last.replace(" ", "").contains("\"ready\":true") && up >= nodes) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new AssertionError("the Grid had not " + nodes + " node(s) UP within " + READY.toSeconds()
                + " s; last /status: " + last + "\n" + logs());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** End each process (nodes first) and its descendants by PID; never by name. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }
}
