package dev.corstck.tck.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.tck.probe.BrowserRequests;
import dev.corstck.tck.probe.Exchange;
import dev.corstck.tck.probe.ProbeJob;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeRunner;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.Timing;
import dev.corstck.tck.probe.WireProber;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apiguardian.api.API;

/**
 * Measure wire probes per second: browser-shaped preflights and actual requests, alternating, against a JDK
 * HttpServer CORS target on loopback (or {@code --target URL}). Run it with {@code tools/bench-probes}.
 *
 * <p>Arguments: {@code --seconds S} (default 5), {@code --warmup S} (2), {@code --workers N} (4),
 * {@code --server-threads N} (4), {@code --target URL} (none: start the built-in target).
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ProbeBenchmark {

    private static final int BATCH = 400;

    private ProbeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        double seconds = doubleArg(args, "--seconds", 5);
        double warmup = doubleArg(args, "--warmup", 2);
        int workers = (int) doubleArg(args, "--workers", 4);
        int serverThreads = (int) doubleArg(args, "--server-threads", 4);
        String url = stringArg(args, "--target");
        ExecutorService serverPool = Executors.newFixedThreadPool(serverThreads);
        HttpServer server = url == null ? startTarget(serverPool) : null;
        ProbeTarget target = url == null
                ? new ProbeTarget("http", "127.0.0.1", server.getAddress().getPort()) : ProbeTarget.parse(url);
        try (WireProber prober = new WireProber(ProbeOptions.defaults());
                ProbeRunner runner = new ProbeRunner(prober, workers)) {
            List<ProbeJob> batch = batch(target);
            measure(runner, batch, warmup);
            Result result = measure(runner, batch, seconds);
            System.out.printf(Locale.ROOT, "cors-tck bench-probes: target %s (%s), %d workers, %.1f s after %.1f s "
                    + "warm-up, %d cores%n", target, url == null ? "built-in JDK HttpServer, " + serverThreads
                    + " threads" : "external", workers, seconds, warmup, Runtime.getRuntime().availableProcessors());
            System.out.println(result.report());
        } finally {
            if (server != null) {
                server.stop(0);
            }
            serverPool.shutdownNow();
        }
    }

    private static List<ProbeJob> batch(ProbeTarget target) {
        List<ProbeJob> jobs = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            jobs.add(new ProbeJob(target, i % 2 == 0
                    ? BrowserRequests.preflight("/api/items/" + i, "https://app.example", "PUT",
                            List.of("Authorization", "Content-Type"))
                    : BrowserRequests.actual("GET", "/api/items/" + i, "https://app.example", HeaderList.empty(), "")));
        }
        return jobs;
    }

    private static Result measure(ProbeRunner runner, List<ProbeJob> batch, double seconds) {
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        List<Long> latencies = new ArrayList<>();
        long failed = 0;
        long reused = 0;
        while (System.nanoTime() < end) {
            for (Exchange e : runner.run(batch, Duration.ofSeconds(60))) {
                if (e.response().isEmpty()) {
                    failed++;
                } else {
                    latencies.add(e.timing().total().toNanos());
                }
                reused += e.timing().connection() == Timing.ConnectionUse.REUSED ? 1 : 0;
            }
        }
        return new Result(latencies, failed, reused, System.nanoTime() - t0);
    }

    private record Result(List<Long> latencies, long failed, long reused, long nanos) {
        String report() {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long total = sorted.length + failed;
            double secs = nanos / 1e9;
            return String.format(Locale.ROOT, "probes: %d answered, %d failed in %.2f s -> %.0f probes/s%n"
                            + "latency per probe: p50 %.2f ms, p99 %.2f ms, max %.2f ms; connections reused %.1f %%",
                    sorted.length, failed, secs, total / secs, pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, 100.0 * reused / Math.max(1, total));
        }

        private static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
        }
    }

    private static HttpServer startTarget(ExecutorService pool) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.createContext("/", ProbeBenchmark::answer);
        server.setExecutor(pool);
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null) {
            headers.add("Access-Control-Allow-Origin", origin);
            headers.add("Vary", "Origin");
        }
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            headers.add("Access-Control-Allow-Methods", "GET, PUT");
            headers.add("Access-Control-Allow-Headers", "authorization, content-type");
            headers.add("Access-Control-Max-Age", "600");
            exchange.sendResponseHeaders(204, -1);
        } else {
            byte[] body = "{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            headers.add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static double doubleArg(String[] args, String name, double fallback) {
        String v = stringArg(args, name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    private static String stringArg(String[] args, String name) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
    }
}
