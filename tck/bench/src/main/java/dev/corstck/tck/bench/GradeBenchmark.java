package dev.corstck.tck.bench;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.demo.MainJob;
import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.GradingListener;
import dev.corstck.tck.grading.GradingStats;
import dev.corstck.tck.grading.PolicySource;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Measure grading ({@code tools/bench-grade}): the wall time of a full grade of the correct reference target under
 * the sample policy in Chromium, browser start and stop included (a fresh {@link Grader#create()} each run), and the
 * wire probes per second of wire-only grades after a warm-up. Prints one line per run and the medians.
 *
 * <pre>{@code tools/bench-grade [--runs 3] [--wire-runs 10] [--parallelism 4] [--browsers chromium]}</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GradeBenchmark {

    private GradeBenchmark() {
    }

    public static void main(String[] args) {
        int runs = intArg(args, "--runs", 3);
        int wireRuns = intArg(args, "--wire-runs", 10);
        int parallelism = intArg(args, "--parallelism", 4);
        BrowserList engines = browsers(args);
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            wire(target, wireRuns, parallelism);
            full(target, runs, engines);
        }
    }

    private static void wire(EmbeddedTarget target, int runs, int parallelism) {
        GradeRequest request = GradeRequest.builder(target.baseUrl())
                .policy(new PolicySource.Declared(MainJob.samplePolicy())).browsers(List.of()).parallelism(parallelism)
                .build();
        List<Double> rates = new ArrayList<>();
        for (int i = -2; i < runs; i++) { // two warm-up runs
            GradingStats[] stats = new GradingStats[1];
            Grader.create().grade(request, stats(stats));
            if (i >= 0) {
                rates.add(stats[0].wireProbesPerSecond());
                System.out.printf("wire run %d: %d scenarios, %d wire exchanges in %d ms = %.0f probes/s%n", i + 1,
                        stats[0].scenarios(), stats[0].wireExchanges(), stats[0].wireTime().toMillis(),
                        stats[0].wireProbesPerSecond());
            }
        }
        System.out.printf("wire: median %.0f wire probes/s during grading (parallelism %d)%n", median(rates),
                request.parallelism());
    }

    private static void full(EmbeddedTarget target, int runs, BrowserList engines) {
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            GradingStats[] stats = new GradingStats[1];
            long t0 = System.nanoTime();
            TargetReport report = Grader.create().grade(request(target, engines), stats(stats));
            double wall = (System.nanoTime() - t0) / 1e9;
            walls.add(wall);
            System.out.printf("full run %d: %.2f s wall (wire %d ms, browsers %d ms for %d calls), %d FAIL, %d ERROR,"
                    + " agreement %s%n", i + 1, wall, stats[0].wireTime().toMillis(), stats[0].browserTime().toMillis(),
                    stats[0].browserCalls(), report.summary().count(Verdict.FAIL), report.summary().count(Verdict.ERROR),
                    report.agreement().stream().map(a -> a.engine().id() + " " + a.agreed() + "/" + a.scenarios())
                            .toList());
        }
        System.out.printf("full grade of the reference target in %s, browser start and stop included: median %.2f s%n",
                engines.engines().stream().map(BrowserEngine::id).toList(), median(walls));
    }

    private static GradeRequest request(EmbeddedTarget target, BrowserList engines) {
        return GradeRequest.builder(target.baseUrl()).policy(new PolicySource.Declared(MainJob.samplePolicy()))
                .browsers(engines).build();
    }

    private static GradingListener stats(GradingStats[] slot) {
        return new GradingListener() {
            @Override
            public void finished(GradingStats s) {
                slot[0] = s;
            }
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static BrowserList browsers(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--browsers")) {
                return BrowserList.parse(args[i + 1]);
            }
        }
        return BrowserList.local(List.of(BrowserEngine.CHROMIUM));
    }
}
