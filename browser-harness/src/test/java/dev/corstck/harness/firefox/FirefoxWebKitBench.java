package dev.corstck.harness.firefox;

import dev.corstck.harness.engine.EngineDriver;
import dev.corstck.harness.engine.EngineEvent;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.engine.EngineId.Capability;
import dev.corstck.harness.engine.EngineSession;
import dev.corstck.harness.engine.LaunchSpec;
import dev.corstck.harness.engine.LaunchSpec.CookieMode;
import dev.corstck.harness.webkit.WebKitDriver;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measure the Firefox and WebKit drivers against the loopback fixture: engine start to first fetch, session open and
 * close, fetches per second by sequential {@code evaluateAsync} and by in-page batches, and (Firefox) whether the CORS
 * console line is already there when the script's result arrives. Run it in the loopback-only namespace; see the
 * report for the command. Arguments: engine names ({@code firefox}, {@code webkit}); default both.
 */
public final class FirefoxWebKitBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int SEQUENTIAL = 100;
    private static final int BATCH = 500;
    private static final int SESSIONS = 5;

    private final CorsApiFixture fixture;
    private final Path workDir;

    private FirefoxWebKitBench(CorsApiFixture fixture, Path workDir) {
        this.fixture = fixture;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        List<String> engines = args.length == 0 ? List.of("firefox", "firefox-console", "webkit") : List.of(args);
        try (CorsApiFixture fixture = new CorsApiFixture()) {
            FirefoxWebKitBench bench = new FirefoxWebKitBench(fixture, Files.createTempDirectory("bench-"));
            for (String engine : engines) {
                bench.run(engine);
            }
        }
    }

    private void run(String engine) throws Exception {
        URI get = fixture.answer("/bench/get", CorsAnswer.allowAll());
        long t0 = System.nanoTime();
        EngineDriver driver = launch(engine);
        try {
            long launched = System.nanoTime();
            try (EngineSession s = driver.openSession()) {
                s.navigate(fixture.pageUrl(), TIMEOUT);
                fetch(s, get);
                print(engine, "launch", ms(launched - t0), "ms");
                print(engine, "start to first fetch", ms(System.nanoTime() - t0), "ms");
                sessions(engine, driver, get);
                throughput(engine, s, get);
                if (driver.id().capabilities().contains(Capability.CONSOLE)) {
                    eventLag(engine, s);
                }
            }
        } finally {
            long closing = System.nanoTime();
            driver.close();
            print(engine, "driver close", ms(System.nanoTime() - closing), "ms");
        }
    }

    private void sessions(String engine, EngineDriver driver, URI get) throws Exception {
        for (long idleMs : new long[] {0, 3000}) {
            List<Double> open = new ArrayList<>();
            List<Double> close = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Thread.sleep(idleMs);
                long t = System.nanoTime();
                EngineSession s = driver.openSession();
                s.navigate(fixture.pageUrl(), TIMEOUT);
                open.add(ms(System.nanoTime() - t));
                fetch(s, get);
                t = System.nanoTime();
                s.close();
                close.add(ms(System.nanoTime() - t));
            }
            print(engine, "session open+navigate (idle " + idleMs + " ms before), median of " + SESSIONS,
                    median(open), "ms");
            print(engine, "session close, median", median(close), "ms");
        }
    }

    private void throughput(String engine, EngineSession s, URI get) throws EngineException {
        for (int i = 0; i < 10; i++) {
            fetch(s, get); // warm up
        }
        long t = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL; i++) {
            fetch(s, get);
        }
        print(engine, "sequential evaluateAsync fetches", perSecond(SEQUENTIAL, t), "/s");
        t = System.nanoTime();
        s.evaluateAsync(FetchProbe.batch(get, BATCH), TIMEOUT);
        print(engine, "in-page batch, sequential GETs", perSecond(BATCH, t), "/s");
        t = System.nanoTime();
        s.evaluateAsync(parallel(get, BATCH), TIMEOUT);
        print(engine, "in-page batch, parallel GETs", perSecond(BATCH, t), "/s");
        URI put = fixture.answer("/bench/put", new CorsAnswer(true, true, "PUT", "authorization, content-type", "0"));
        t = System.nanoTime();
        s.evaluateAsync(preflighted(put, BATCH), TIMEOUT);
        print(engine, "in-page batch, sequential preflighted PUTs (Max-Age 0)", perSecond(BATCH, t), "/s");
        s.drainEvents();
    }

    private void eventLag(String engine, EngineSession s) throws Exception {
        URI blocked = fixture.answer("/bench/blocked", CorsAnswer.none());
        int immediate = 0;
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            s.drainEvents();
            fetch(s, blocked);
            if (hasConsole(s.drainEvents())) {
                immediate++;
            }
        }
        print(engine, "CORS console line in the first drainEvents() after evaluate", immediate * 100.0 / rounds, "%");
    }

    private static boolean hasConsole(List<EngineEvent> events) {
        return events.stream().anyMatch(e -> e instanceof EngineEvent.Console c && c.text().contains("Reason:"));
    }

    private EngineDriver launch(String engine) throws EngineException {
        return switch (engine) {
            case "firefox" -> FirefoxBidiDriver.launch(spec(Path.of("/usr/bin/firefox-esr")));
            case "firefox-console" -> FirefoxBidiDriver.launch(spec(Path.of("/usr/bin/firefox-esr")),
                    Set.of(Capability.CONSOLE));
            case "webkit" -> WebKitDriver.launch(spec(Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")));
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    private LaunchSpec spec(Path executable) {
        return new LaunchSpec(executable, List.of(), CookieMode.ALLOW_THIRD_PARTY, TIMEOUT, TIMEOUT, workDir);
    }

    private static void fetch(EngineSession s, URI url) throws EngineException {
        FetchProbe result = FetchProbe.parse(s.evaluateAsync(FetchProbe.expression(url, "{}"), TIMEOUT));
        if (!result.type().equals("cors") && !result.outcome().equals("error")) {
            throw new IllegalStateException("unexpected " + result);
        }
    }

    private static String parallel(URI url, int n) {
        return "(async () => String((await Promise.all(Array.from({length: " + n + "}, () => fetch('" + url
                + "').then(r => r.text())))).length))()";
    }

    private static String preflighted(URI url, int n) {
        return "(async () => { for (let i = 0; i < " + n + "; i++) { await (await fetch('" + url + "', "
                + EngineDriverContract.PUT_WITH_AUTHORIZATION + ")).text(); } return 'done'; })()";
    }

    private static double perSecond(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String engine, String what, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%-8s %-72s %9.1f %s", engine, what, value, unit));
    }
}
