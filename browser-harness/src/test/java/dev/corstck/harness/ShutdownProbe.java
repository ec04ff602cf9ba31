package dev.corstck.harness;

import dev.corstck.harness.page.PagePaths;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A program for {@code ShutdownTests}: starts the named engines, runs one call in each, prints every descendant PID
 * and {@code READY}, then waits to be interrupted (Ctrl-C) without closing the harness.
 */
final class ShutdownProbe {

    private ShutdownProbe() {}

    public static void main(String[] args) throws Exception {
        BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder()
                .engines(Arrays.stream(args).map(Engine::parse).toList())
                .workDir(Files.createTempDirectory("cors-tck-shutdown-probe")).build());
        PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));
        for (Engine engine : harness.options().engines()) {
            Observation o = harness.run(engine, page, FetchCall.get(PagePaths.echoUrl(page).toString()));
            System.out.println("OUTCOME " + engine + " " + o.outcome() + " " + o.detail());
        }
        System.out.println("PIDS " + ProcessHandle.current().descendants().map(p -> String.valueOf(p.pid()))
                .collect(Collectors.joining(" ")));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
