package dev.corstck.harness.firefox;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.process.ProcessMark;
import dev.corstck.harness.process.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless {@code firefox-esr} with its WebDriver BiDi endpoint on a port Firefox picks itself (port 0, so no race
 * with other processes), and the log lines it wrote to stderr.
 *
 * <p>{@code MOZ_CRASHREPORTER_DISABLE=1} keeps a crash from writing minidumps or starting the crash reporter's
 * window. Firefox ESR 153 still starts two kinds of helper: a {@code crashhelper} it daemonizes at startup (re-parented
 * to init at once, so never a descendant) and, about 57 s after startup, {@code crashreporter --ping-cleanup} (its
 * CrashManager's maintenance, which no pref or variable turns off). A {@link ProcessMark} in the environment, which
 * both inherit, lets the {@link ProcessTree} end them with the browser. {@code XDG_CONFIG_HOME} inside the profile
 * keeps their files ({@code Crash Reports/}, the Glean store) out of the user's home and away from other Firefox
 * instances, whose Glean lock would otherwise hold each {@code --ping-cleanup} for seconds.
 */
final class FirefoxProcess {

    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final int LOG_TAIL = 40;
    /** Where Firefox and its helpers keep what is not in the profile, e.g. {@code mozilla/firefox/Crash Reports}. */
    private static final String CONFIG_HOME = "xdg-config";

    private final ProcessTree tree;
    private final CompletableFuture<URI> bidiUrl = new CompletableFuture<>();
    private final Deque<String> logTail = new ArrayDeque<>();

    private FirefoxProcess(Process process, ProcessMark mark) {
        this.tree = new ProcessTree(process.toHandle(), mark);
        Thread reader = new Thread(() -> readStderr(process), "firefox-stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        process.onExit().thenRun(() -> bidiUrl.completeExceptionally(
                new IOException("Firefox exited with status " + process.exitValue() + " before listening")));
    }

    /** Start {@code executable} on {@code profile}; return at once (see {@link #awaitBidiUrl}). */
    static FirefoxProcess start(Path executable, Path profile) throws EngineException {
        ProcessBuilder pb = new ProcessBuilder(List.of(executable.toString(), "--headless",
                "--remote-debugging-port=0", "--profile", profile.toString(), "--no-remote"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
        pb.environment().put("XDG_CONFIG_HOME", profile.resolve(CONFIG_HOME).toString());
        pb.environment().remove("DISPLAY");
        ProcessMark mark = ProcessMark.fresh();
        try {
            Files.createDirectories(profile.resolve(CONFIG_HOME));
            return new FirefoxProcess(mark.applyTo(pb).start(), mark);
        } catch (IOException e) {
            throw new EngineException("cannot start Firefox " + executable + ": " + e.getMessage(), e);
        }
    }

    /** Wait for the {@code WebDriver BiDi listening on ws://…} line and return the session endpoint URL. */
    URI awaitBidiUrl(Duration timeout) throws EngineException {
        try {
            return bidiUrl.get(timeout.toMillis(), TimeUnit.MILLISECONDS).resolve("/session");
        } catch (TimeoutException e) {
            throw new EngineException("Firefox did not open WebDriver BiDi within " + timeout + "; stderr: " + logTail());
        } catch (ExecutionException e) {
            throw new EngineException(e.getCause().getMessage() + "; stderr: " + logTail(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while Firefox started", e);
        }
    }

    ProcessTree tree() {
        return tree;
    }

    /** Return the last lines Firefox wrote to stderr, for error messages. */
    String logTail() {
        synchronized (logTail) {
            return String.join(" | ", logTail);
        }
    }

    private void readStderr(Process process) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                remember(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    bidiUrl.complete(URI.create(m.group(1)));
                }
            }
        } catch (IOException e) {
            // The pipe closes when Firefox exits; the onExit hook reports that.
        }
    }

    private void remember(String line) {
        synchronized (logTail) {
            if (logTail.size() == LOG_TAIL) {
                logTail.removeFirst();
            }
            logTail.addLast(line);
        }
    }
}
