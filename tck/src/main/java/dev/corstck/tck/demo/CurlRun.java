package dev.corstck.tck.demo;

import dev.corstck.fetch.http.HeaderField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Run the real {@code curl} for a demo case, bounded in time, and keep its status line and CORS headers. */
final class CurlRun {

    static final Path CURL = Path.of("/usr/bin/curl");
    private static final int MAX_OUTPUT = 16 * 1024;

    private CurlRun() {
    }

    static List<String> run(DemoCase c, String url, String cookie) {
        if (!Files.isExecutable(CURL)) {
            return List.of("not run: " + CURL + " is not installed (package curl)");
        }
        try {
            return parse(execute(command(c, url, cookie)));
        } catch (IOException e) {
            return List.of("not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("not run: interrupted");
        }
    }

    /** The curl command {@link #run} executes for {@code c}, word by word. */
    static List<String> command(DemoCase c, String url, String cookie) {
        List<String> cmd = new ArrayList<>(List.of(CURL.toString(), "-s", "-i", "--max-time", "10", "-X", c.method(),
                "-H", "Origin: " + c.pageOrigin()));
        for (HeaderField h : c.headers()) {
            cmd.addAll(List.of("-H", h.name() + ": " + h.value()));
        }
        if (c.credentials()) {
            cmd.addAll(List.of("-H", "Cookie: " + cookie));
        }
        if (!c.body().isEmpty()) {
            cmd.addAll(List.of("--data-raw", c.body()));
        }
        cmd.add(url);
        return cmd;
    }

    private static String execute(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            byte[] out = in.readNBytes(MAX_OUTPUT);
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "curl did not finish in 15 s";
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /** The status line and the {@code Access-Control-*} lines of {@code curl -i} output. */
    static List<String> parse(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\r?\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http/") || lower.startsWith("access-control-")) {
                lines.add("$ curl -i: " + line.strip());
            }
        }
        return lines.isEmpty() ? List.of("curl printed: " + output.strip()) : lines;
    }
}
