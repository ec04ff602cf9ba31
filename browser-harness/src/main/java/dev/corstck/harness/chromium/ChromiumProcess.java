package dev.corstck.harness.chromium;

import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.process.ProcessRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A headless Chromium the harness starts itself (so it owns the PID and the profile) with a DevTools port that
 * Playwright connects to. Third-party cookies are allowed through the profile pref
 * {@code profile.cookie_controls_mode=0}, which fresh browser contexts inherit.
 */
final class ChromiumProcess implements AutoCloseable {

    private static final String LISTENING = "DevTools listening on ";

    private final Process process;
    private final Path executable;
    private final String webSocketUrl;
    private final Deque<String> stderrTail;

    private ChromiumProcess(Process process, Path executable, String webSocketUrl, Deque<String> stderrTail) {
        this.process = process;
        this.executable = executable;
        this.webSocketUrl = webSocketUrl;
        this.stderrTail = stderrTail;
    }

    /** Start Chromium for {@code spec} with its profile in {@code profileDir}; wait for its DevTools endpoint. */
    static ChromiumProcess start(LaunchSpec spec, Path profileDir) throws EngineException {
        Path executable = realBinary(ChromiumBuild.forCookies(spec.executable(), spec.cookies()));
        writeCookiePref(spec, profileDir);
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless",
                "--remote-debugging-port=0", "--user-data-dir=" + profileDir));
        command.addAll(ChromiumArgs.forSpec(spec));
        command.add("about:blank");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        } catch (IOException e) {
            throw new EngineException("cannot start " + executable + ": " + e.getMessage(), e);
        }
        ProcessRegistry.register(process.pid());
        Deque<String> tail = new ArrayDeque<>();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> pump(process, tail, endpoint), "cors-tck-chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return new ChromiumProcess(process, executable, awaitEndpoint(process, endpoint, spec, tail), tail);
    }

    /** The program that runs: the configured one, or the full browser where the headless shell would differ. */
    Path executable() {
        return executable;
    }

    /**
     * Prefer the real binary over Debian's wrapper scripts in {@code /usr/bin}: {@code chromium}'s prints shell
     * noise, and {@code chromium-headless-shell}'s runs the browser as its child (no {@code exec}), so the PID the
     * harness holds, stops and kills would be the script's while the browser lived on.
     */
    static Path realBinary(Path configured) throws EngineException {
        if (!Files.isExecutable(configured)) {
            String pkg = ChromiumBuild.debianPackage(configured);
            throw new EngineException("Chromium not found at " + configured + ": install the Debian package '" + pkg
                    + "' (apt-get install -y " + pkg + ")");
        }
        Path real = configured.equals(Path.of("/usr/bin/chromium")) ? Path.of("/usr/lib/chromium/chromium")
                : configured.equals(Path.of(HarnessOptions.BrowserPaths.HEADLESS_SHELL))
                        ? Path.of("/usr/lib/chromium/chromium-headless-shell") : configured;
        return Files.isExecutable(real) ? real : configured;
    }

    private static void writeCookiePref(LaunchSpec spec, Path profileDir) throws EngineException {
        if (spec.cookies() != LaunchSpec.CookieMode.ALLOW_THIRD_PARTY) {
            return;
        }
        try {
            Files.createDirectories(profileDir.resolve("Default"));
            Files.writeString(profileDir.resolve("Default").resolve("Preferences"),
                    "{\"profile\":{\"cookie_controls_mode\":0}}");
        } catch (IOException e) {
            throw new EngineException("cannot write the Chromium profile in " + profileDir + ": " + e.getMessage(), e);
        }
    }

    private static void pump(Process process, Deque<String> tail, CompletableFuture<String> endpoint) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int at = line.indexOf(LISTENING);
                if (at >= 0) {
                    endpoint.complete(line.substring(at + LISTENING.length()).trim());
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The process ended; the endpoint future fails below.
        }
        endpoint.completeExceptionally(new IOException("Chromium exited with " + exitText(process)));
    }

    private static String exitText(Process process) {
        try {
            return "status " + process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown status";
        }
    }

    private static String awaitEndpoint(Process process, CompletableFuture<String> endpoint, LaunchSpec spec,
            Deque<String> tail) throws EngineException {
        try {
            return endpoint.get(spec.launchTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            ProcessRegistry.kill(process.pid());
            throw new EngineException("Chromium did not open its DevTools endpoint within " + spec.launchTimeout()
                    + " (" + e.getMessage() + "); last output: " + lastLines(tail), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessRegistry.kill(process.pid());
            throw new EngineException("interrupted while Chromium started", e);
        }
    }

    private static String lastLines(Deque<String> tail) {
        synchronized (tail) {
            return String.join(" | ", tail);
        }
    }

    /** Return the browser-level DevTools WebSocket URL. */
    String webSocketUrl() {
        return webSocketUrl;
    }

    /** Return the browser's main process ID. */
    long pid() {
        return process.pid();
    }

    /** Answer whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Return the last lines Chromium printed, for error messages. */
    String recentOutput() {
        return lastLines(stderrTail);
    }

    /** Kill the browser and its helpers; never throws. */
    @Override
    public void close() {
        ProcessRegistry.kill(process.pid());
    }
}
