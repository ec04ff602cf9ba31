package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import dev.corstck.harness.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.HttpCommandExecutor;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * Starts one WebKitWebDriver and one MiniBrowser per session on the shared display, each with data directories of its
 * own, so no two sessions share cookies, the HTTP cache or the CORS-preflight cache.
 */
final class MiniBrowserLauncher {

    private static final Duration READ_SLACK = Duration.ofSeconds(30);

    private final LaunchSpec spec;
    private final Path webDriver;
    private final String display;
    private final Path dir;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<ProcessTree> started = new CopyOnWriteArrayList<>();

    MiniBrowserLauncher(LaunchSpec spec, Path webDriver, String display, Path dir) {
        this.spec = spec;
        this.webDriver = webDriver;
        this.display = display;
        this.dir = dir;
    }

    /** Start a session before {@code deadline}, or end everything it started and fail. */
    WebKitSession start(Instant deadline) throws EngineException {
        Path home = dataDir();
        WebDriverServer server = WebDriverServer.start(webDriver, display, home, deadline);
        started.add(server.tree());
        BoundedWorker worker = new BoundedWorker("webkit-session-" + home.getFileName());
        HttpClient http = HttpClient.Factory.createDefault().createClient(clientConfig(server));
        try {
            RemoteWebDriver driver = worker.call("creating the MiniBrowser session", remaining(deadline),
                    () -> new RemoteWebDriver(new HttpCommandExecutor(http, server.url().toURL()),
                            capabilities(spec, Optional.of(spec.executable()))));
            return new WebKitSession(server, driver, http, worker, home, spec.actionTimeout());
        } catch (EngineException | RuntimeException e) {
            server.tree().end(Duration.ZERO); // also ends a POST /session that hangs
            worker.shutdown();
            http.close();
            String log = logTail(home.resolve("webkitwebdriver.log"));
            WebKitSession.deleteTree(home);
            throw new EngineException("MiniBrowser " + spec.executable() + " did not start: " + e.getMessage()
                    + "; WebKitWebDriver/MiniBrowser output: " + log, e);
        }
    }

    /** Return every process tree started so far, for diagnostics and leak checks. */
    List<ProcessTree> started() {
        return List.copyOf(started);
    }

    /**
     * Return the capabilities of a MiniBrowser session for {@code spec}: {@code binary} when given (else
     * WebKitWebDriver's own MiniBrowser), in automation mode, which keeps all website data in memory.
     */
    static MutableCapabilities capabilities(LaunchSpec spec, Optional<Path> binary) {
        List<String> args = new ArrayList<>(List.of("--automation", "--ignore-tls-errors"));
        if (spec.cookies() == CookieMode.ALLOW_THIRD_PARTY) {
            args.add("--cookies-policy=always"); // MiniBrowser's default is no-third-party
        }
        MutableCapabilities caps = new MutableCapabilities();
        caps.setCapability("browserName", "MiniBrowser");
        caps.setCapability("acceptInsecureCerts", true);
        Map<String, Object> options = new LinkedHashMap<>();
        binary.ifPresent(b -> options.put("binary", b.toString()));
        options.put("args", args);
        caps.setCapability("webkitgtk:browserOptions", options);
        return caps;
    }

    private ClientConfig clientConfig(WebDriverServer server) {
        Duration longest = spec.launchTimeout().compareTo(spec.actionTimeout()) > 0 ? spec.launchTimeout()
                : spec.actionTimeout();
        // The worker's deadline is what callers see; this read timeout only frees a thread stuck on a dead server.
        return ClientConfig.defaultConfig().baseUri(server.url()).connectionTimeout(Duration.ofSeconds(2))
                .readTimeout(longest.plus(READ_SLACK));
    }

    private Path dataDir() throws EngineException {
        try {
            return Files.createDirectories(dir.resolve("session-" + counter.incrementAndGet()));
        } catch (IOException e) {
            throw new EngineException("cannot create a session directory under " + dir + ": " + e, e);
        }
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "(none)" : String.join(" | ", lines.subList(Math.max(0, lines.size() - 5),
                    lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static Duration remaining(Instant deadline) throws EngineException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new EngineException("WebKit did not start within the launch timeout");
        }
        return left;
    }
}
