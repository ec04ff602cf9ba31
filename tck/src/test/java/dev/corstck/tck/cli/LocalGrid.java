package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.json.Json;

/**
 * A Selenium Grid 4.47.0 on loopback for tests and {@code tools/bench-grid}: a standalone, or a hub and N nodes,
 * each a forked JVM on a free port with the Debian chromedriver ({@code --selenium-manager false}, one session per
 * node); or a standalone that relays WebKit sessions to a WebKitWebDriver drawing on a private Xvfb display. Closing
 * it ends each process it started, and what each left running, by PID.
 */
public final class LocalGrid implements AutoCloseable {

    static final Path LIB = Path.of("..", "tools", "grid", "target", "lib");
    private static final Path WEBKIT_DRIVER = Path.of("/usr/bin/WebKitWebDriver");
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
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

    /**
     * Start a standalone whose one slot is WebKit: Grid's Java node cannot run WebKitWebDriver itself (no WebKitGTK
     * driver info: "Unable to find matching driver"), so it relays ({@code --service-url}) to one started here on a
     * free port, with {@code DISPLAY} on a private Xvfb (MiniBrowser has no headless mode). A missing
     * WebKitWebDriver or Xvfb fails: CI installs them ({@code tools/provision webkit}). With {@code chromeToo} the
     * standalone also offers a Chrome slot (the Debian chromedriver it detects), so one Grid runs both browsers, and
     * two sessions at once: the kit holds its Chrome session for the whole run, so with one the WebKit request would
     * wait in the Grid's queue until it timed out.
     */
    public static LocalGrid webKitStandalone(Path dir, boolean chromeToo) throws IOException, InterruptedException {
        assertThat(WEBKIT_DRIVER).as("the Debian package webkit2gtk-driver (apt-get install -y webkit2gtk-driver)")
                .isExecutable();
        assertThat(XVFB).as("the Debian package xvfb (apt-get install -y xvfb)").isExecutable();
        LocalGrid grid = new LocalGrid(Files.createDirectories(dir), freePort());
        String display = grid.startXvfb();
        int webDriverPort = freePort();
        ProcessBuilder webDriver = new ProcessBuilder(WEBKIT_DRIVER.toString(), "--port=" + webDriverPort,
                "--host=127.0.0.1");
        Path home = Files.createDirectories(dir.resolve("webkit-home"));
        webDriver.environment().putAll(Map.of("DISPLAY", display, "GDK_BACKEND", "x11", "NO_AT_BRIDGE", "1",
                "HOME", home.toString()));
        webDriver.environment().remove("WAYLAND_DISPLAY");
        grid.start("webkitwebdriver", webDriver);
        grid.fork("standalone", List.of("standalone", "--host", "127.0.0.1", "--port", "" + grid.port,
                "--selenium-manager", "false", "--detect-drivers", "" + chromeToo, "--max-sessions", chromeToo ? "2" : "1",
                "--service-url", "http://127.0.0.1:" + webDriverPort, "--service-configuration", "max-sessions=1",
                "stereotype={\"browserName\":\"MiniBrowser\",\"platformName\":\"linux\"}"));
        grid.awaitNodes(1);
        return grid;
    }

    /** Start Xvfb on a display it picks itself ({@code -displayfd}); return that {@code DISPLAY}. */
    private String startXvfb() throws IOException, InterruptedException {
        Path log = dir.resolve("xvfb.log");
        Process xvfb = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1280x1024x24",
                "-nolisten", "tcp").redirectError(log.toFile()).start();
        processes.add(xvfb);
        logs.add(log);
        // Left open: closing the pipe Xvfb wrote its display to could end it on a later write.
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                StandardCharsets.US_ASCII));
        try {
            String number = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(20, TimeUnit.SECONDS);
            assertThat(number).as("the display Xvfb picked").isNotNull().containsOnlyDigits();
            return ":" + number.strip();
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new AssertionError("Xvfb named no display within 20 s: " + logs(), e);
        }
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
    public String url() {
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", LIB.toAbsolutePath() + "/*", "org.openqa.selenium.grid.Bootstrap"));
        command.addAll(args);
        start(name, new ProcessBuilder(command));
    }

    private void start(String name, ProcessBuilder process) throws IOException {
        Path log = dir.resolve(name + ".log");
        processes.add(process.redirectErrorStream(true).redirectOutput(log.toFile()).start());
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
