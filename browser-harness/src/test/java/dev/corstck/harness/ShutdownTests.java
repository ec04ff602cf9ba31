package dev.corstck.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ctrl-C on a program that never closes its harness still ends every browser, driver and Xvfb it started. */
class ShutdownTests {

    @Test
    void interruptEndsEveryProcessTheHarnessStarted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dsun.net.httpserver.nodelay=true", "-cp",
                System.getProperty("java.class.path"), ShutdownProbe.class.getName()));
        BrowserFixture.ENGINES.forEach(e -> command.add(e.kind() == Engine.Kind.CHROMIUM_SELENIUM
                ? "chromium-selenium" : e.browser()));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            List<Long> pids = awaitReady(probe);
            assertThat(pids).as("processes the harness started").isNotEmpty();

            new ProcessBuilder("kill", "-INT", String.valueOf(probe.pid())).start().waitFor(5, TimeUnit.SECONDS);

            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).as("the probe exits on SIGINT").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && pids.stream().anyMatch(ShutdownTests::alive)) {
                Thread.sleep(100);
            }
            assertThat(pids.stream().filter(ShutdownTests::alive).map(ShutdownTests::describe).toList())
                    .as("processes left running").isEmpty();
        } finally {
            probe.descendants().forEach(ProcessHandle::destroyForcibly);
            probe.destroyForcibly();
        }
    }

    private static List<Long> awaitReady(Process probe) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<List<Long>> ready = CompletableFuture.supplyAsync(() -> {
            List<Long> pids = new ArrayList<>();
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.startsWith("OUTCOME")) {
                        assertThat(line).as(line).contains(" BASIC ");
                    } else if (line.startsWith("PIDS ")) {
                        Arrays.stream(line.substring(5).trim().split(" ")).filter(s -> !s.isEmpty())
                                .map(Long::valueOf).forEach(pids::add);
                    } else if (line.equals("READY")) {
                        return pids;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new AssertionError("the probe ended before READY:\n" + seen);
        });
        return ready.get(120, TimeUnit.SECONDS);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String describe(long pid) {
        return pid + " " + ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("?");
    }
}
