package dev.corstck.harness.bench;

import dev.corstck.fetch.request.RequestMode;
import dev.corstck.harness.BatchMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.HarnessOptions;
import dev.corstck.harness.Observation;
import dev.corstck.harness.Outcome;
import dev.corstck.harness.PageOrigin;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Measure, per engine: engine start to first fetch, one isolated scenario (fresh context), and scenarios per second
 * in parallel and sequential batches of a mix (readable GET, blocked GET, preflighted PUT, no-cors GET). Every
 * outcome is checked, so a figure never comes from calls that failed.
 *
 * <p>Usage: {@code tools/bench-harness [--engines chromium,chromium-selenium,firefox,webkit] [--calls 200]
 * [--rounds 3]}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HarnessBench {

    private HarnessBench() {}

    public static void main(String[] args) throws Exception {
        List<Engine> engines = Arrays.stream(option(args, "--engines", "chromium,chromium-selenium,firefox,webkit")
                .split(",")).map(Engine::parse).toList();
        int calls = Integer.parseInt(option(args, "--calls", "200"));
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        try (BenchTarget target = new BenchTarget();
                BrowserHarness harness = BrowserHarness.create(HarnessOptions.builder().engines(engines)
                        .workDir(Files.createTempDirectory("cors-tck-bench")).build())) {
            PageOrigin page = harness.bind(PageOrigin.http("127.0.0.1", 0));
            System.out.printf(Locale.ROOT, "%-18s %10s %10s %14s %14s  %s%n", "engine", "start ms", "isolated",
                    "parallel/s", "sequential/s", "(best of " + rounds + "; " + calls + " calls per batch)");
            for (Engine engine : engines) {
                new EngineRun(harness, engine, page, target.base()).measure(calls, rounds);
            }
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** One engine's measurements. */
    private record EngineRun(BrowserHarness harness, Engine engine, PageOrigin page, String base) {

        void measure(int calls, int rounds) {
            long t0 = System.nanoTime();
            check(List.of(harness.run(engine, page, FetchCall.get(base + "/ok?first"))), List.of(Outcome.CORS_OK));
            double startMs = (System.nanoTime() - t0) / 1e6;
            double isolatedMs = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                check(List.of(harness.run(engine, page, FetchCall.get(base + "/ok?iso" + i))), List.of(Outcome.CORS_OK));
                isolatedMs = Math.min(isolatedMs, (System.nanoTime() - t) / 1e6);
            }
            double parallel = best(calls, rounds, BatchMode.PARALLEL_SHARED_CONTEXT);
            double sequential = best(calls, rounds, BatchMode.SEQUENTIAL_SHARED_CONTEXT);
            System.out.printf(Locale.ROOT, "%-18s %10.0f %8.0fms %14.0f %14.0f  %s%n", engine.browser() + "/"
                    + engine.driver(), startMs, isolatedMs, parallel, sequential, harness.engineInfo(engine)
                    .map(i -> i.browserVersion()).orElse(""));
        }

        private double best(int calls, int rounds, BatchMode mode) {
            double best = 0;
            for (int r = 0; r < rounds; r++) {
                List<FetchCall> batch = new ArrayList<>();
                List<Outcome> expected = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    String q = "?r" + r + "i" + i + mode.name().charAt(0);
                    switch (i % 4) {
                        case 0 -> { batch.add(FetchCall.get(base + "/ok" + q)); expected.add(Outcome.CORS_OK); }
                        case 1 -> { batch.add(FetchCall.get(base + "/blocked" + q)); expected.add(Outcome.NETWORK_ERROR); }
                        case 2 -> { batch.add(FetchCall.to("PUT", base + "/put" + q).withHeader("X-Tck", "1"));
                            expected.add(Outcome.CORS_OK); }
                        default -> { batch.add(FetchCall.get(base + "/ok" + q).withMode(RequestMode.NO_CORS));
                            expected.add(Outcome.OPAQUE); }
                    }
                }
                long t = System.nanoTime();
                check(harness.run(engine, page, batch, mode), expected);
                best = Math.max(best, calls / ((System.nanoTime() - t) / 1e9));
            }
            return best;
        }

        private void check(List<Observation> seen, List<Outcome> expected) {
            for (int i = 0; i < seen.size(); i++) {
                if (seen.get(i).outcome() != expected.get(i)) {
                    throw new IllegalStateException(engine + ": expected " + expected.get(i) + " but got "
                            + seen.get(i).summary());
                }
            }
        }
    }
}
