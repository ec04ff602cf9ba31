package dev.corstck.tck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code cors-tck serve} in a child JVM of the test JVM (so it shares the test's loopback), with bounded waits. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Process process;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final List<String> seen = new ArrayList<>();

    private ServeProcess(Process process) {
        this.process = process;
        pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true);
        pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false);
    }

    static ServeProcess start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Dsun.net.httpserver.nodelay=true", "-cp", classpath,
                "dev.corstck.tck.cli.Main", "serve"));
        command.addAll(List.of(args));
        return new ServeProcess(new ProcessBuilder(command).directory(Path.of(".").toFile()).start());
    }

    /** Wait for the "listening on URL" line and return the URL. */
    String awaitUrl() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = stdout.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (!process.isAlive() && stdout.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no 'listening on' line; stdout " + seen + ", stderr " + stderr());
    }

    /** Wait for the process to end by itself; return its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not exit within " + WAIT);
        }
        return process.exitValue();
    }

    /** Send SIGTERM (as Ctrl-C would end it) and wait for the shutdown hook to finish. */
    int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** Everything printed on stdout so far (after awaiting), lines joined. */
    String stdout() throws InterruptedException {
        Thread.sleep(50);
        stdout.drainTo(seen);
        return String.join("\n", seen);
    }

    synchronized String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void pump(BufferedReader reader, boolean toQueue) {
        Thread t = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (toQueue) {
                        stdout.add(line);
                    } else {
                        synchronized (this) {
                            stderr.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-pump");
        t.setDaemon(true);
        t.start();
    }
}
