package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.process.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private virtual X display for MiniBrowser, which has no headless mode. Xvfb picks a free display number itself
 * ({@code -displayfd}) and writes it to stdout, so two kits on one machine never race for {@code :99}.
 */
final class XvfbDisplay implements AutoCloseable {

    private final ProcessTree tree;
    private final int number;

    private XvfbDisplay(ProcessTree tree, int number) {
        this.tree = tree;
        this.number = number;
    }

    /** Start Xvfb and wait at most {@code timeout} for it to name its display. */
    static XvfbDisplay start(Path log, Duration timeout) throws EngineException {
        Path xvfb = Executables.find("Xvfb", "xvfb");
        Process process;
        try {
            process = new ProcessBuilder(List.of(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1280x1024x24",
                    "-nolisten", "tcp")).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new EngineException("cannot start " + xvfb + ": " + e.getMessage(), e);
        }
        ProcessTree tree = new ProcessTree(process.toHandle());
        try {
            String line = CompletableFuture.supplyAsync(() -> firstLine(process))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new XvfbDisplay(tree, Integer.parseInt(line.trim()));
        } catch (Exception e) {
            tree.end(Duration.ZERO);
            throw new EngineException("Xvfb did not report a display within " + timeout + " (see " + log + ")", e);
        }
    }

    /** The {@code DISPLAY} value, e.g. {@code :3}. */
    String display() {
        return ":" + number;
    }

    boolean isRunning() {
        return tree.isRunning();
    }

    ProcessTree tree() {
        return tree;
    }

    @Override
    public void close() {
        tree.stop(Duration.ofSeconds(2));
    }

    private static String firstLine(Process process) {
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("Xvfb exited");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
