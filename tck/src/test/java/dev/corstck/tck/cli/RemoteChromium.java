package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chromium endpoint a test starts itself, as a user would: Debian's Chromium with a DevTools port, or a Playwright
 * browser server ({@code run-server}, from the Playwright Java jar). Closing it ends the process and what it started,
 * by PID.
 */
public final class RemoteChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    private static final String AGREEMENT = "kit.simulator-browser-agreement";
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final String endpoint;

    private RemoteChromium(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Start a headless Chromium on a free DevTools port; the endpoint is {@code http://127.0.0.1:PORT}. */
    public static RemoteChromium cdp(Path dir) throws Exception {
        assertThat(CHROMIUM).as("the Debian package chromium").isExecutable();
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile, "--no-first-run",
                "about:blank").redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        Path active = profile.resolve("DevToolsActivePort"); // "PORT\n/devtools/browser/ID", written once listening
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("Chromium exited: " + Files.readString(dir.resolve("chromium.log")));
            }
            if (Files.exists(active) && Files.readString(active).contains("\n")) {
                return new RemoteChromium(p, "http://127.0.0.1:" + Files.readString(active).lines().findFirst()
                        .orElseThrow());
            }
            Thread.sleep(100);
        }
        RemoteChromium failed = new RemoteChromium(p, "");
        failed.close();
        throw new AssertionError("Chromium wrote no DevToolsActivePort in " + START.toSeconds() + " s: "
                + Files.readString(dir.resolve("chromium.log")));
    }

    /**
     * Start {@code playwright run-server --unsafe} on a free loopback port (the Java jar's bundled driver); the
     * endpoint is the {@code ws://} URL it prints. {@code --unsafe} lets a client choose {@code executablePath}.
     */
    public static RemoteChromium playwrightServer(Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "com.microsoft.playwright.CLI", "run-server", "--host",
                "127.0.0.1", "--port", "0", "--unsafe").redirectErrorStream(true).start();
        p.getOutputStream(); // kept open: the server exits when its stdin closes
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            Pattern ws = Pattern.compile("Listening on (ws://\\S+)");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line; (line = r.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    Matcher m = ws.matcher(line);
                    if (m.find()) {
                        listening.complete(m.group(1));
                    }
                }
                listening.completeExceptionally(new AssertionError("run-server exited: " + seen));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        }, "run-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new RemoteChromium(p, listening.get(START.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            new RemoteChromium(p, "").close();
            throw new AssertionError("playwright run-server did not listen within " + START.toSeconds() + " s", e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /** Grade {@code target} with {@code --browsers browsers}; assert every confirmation agrees with the simulator. */
    static List<Finding> gradeAgreeing(String target, String browsers, Path report) throws IOException {
        CliRun run = CliRun.of("grade", "--target", target, "--browsers", browsers, "--report", report.toString());
        List<Finding> findings = ReportJson.read(report.resolve("report.json")).targets().get(0).findings();
        List<Finding> confirmations = findings.stream().filter(f -> f.ruleId().equals(AGREEMENT)).toList();
        assertThat(confirmations).as("the confirmations of %s", browsers).isNotEmpty()
                .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                        .isEqualTo(Verdict.PASS));
        assertThat(confirmations.stream().map(Finding::scenarioId))
                .as("preflighted, credentialed and safelisted requests were confirmed")
                .anyMatch(id -> id.endsWith(".put-json.omit")).anyMatch(id -> id.endsWith(".get.include"))
                .anyMatch(id -> id.endsWith(".get.omit"));
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.CONFORMANT);
        return findings;
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
