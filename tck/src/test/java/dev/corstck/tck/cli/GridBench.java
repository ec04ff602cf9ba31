package dev.corstck.tck.cli;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.GradingListener;
import dev.corstck.tck.grading.GradingStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tools/bench-grid}: browser confirmations per second through a Selenium Grid with one node (a standalone, one
 * session) and with two (a hub and two nodes, one session each, which the kit uses side by side). Each run grades the
 * embedded reference target (demo policy, no policy file) with a fresh {@link Grader}; the rate is confirmations over the browser
 * stage's wall time (sessions beyond the first start inside it). Prints one line per run and a table of medians.
 *
 * <pre>{@code tools/bench-grid [--runs 3]}</pre>
 */
final class GridBench {

    private GridBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("cors-tck-bench-grid");
        List<String> rows = new ArrayList<>();
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            try (LocalGrid grid = LocalGrid.standalone(Files.createDirectories(dir.resolve("standalone")))) {
                rows.add(measure("standalone (1 node)", grid, target, runs));
            }
            try (LocalGrid grid = LocalGrid.hubAndNodes(Files.createDirectories(dir.resolve("hub")), 2)) {
                rows.add(measure("hub + 2 nodes", grid, target, runs));
            }
        }
        System.out.println();
        System.out.println("| Grid | confirmations | browser stage (median) | confirmations/s (median) |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String measure(String name, LocalGrid grid, EmbeddedTarget target, int runs) {
        // As `grade --target URL --browsers grid:URL` without a policy file (what the Grid tests run).
        GradeRequest request = GradeRequest.builder(target.baseUrl()).browsers(BrowserList.parse("grid:"
                + grid.url())).build();
        List<Double> rates = new ArrayList<>();
        List<Double> stages = new ArrayList<>();
        int calls = 0;
        for (int i = 0; i < runs; i++) {
            GradingStats[] stats = new GradingStats[1];
            TargetReport report = Grader.create().grade(request, new GradingListener() {
                @Override
                public void finished(GradingStats s) {
                    stats[0] = s;
                }
            });
            double seconds = stats[0].browserTime().toNanos() / 1e9;
            calls = stats[0].browserCalls();
            rates.add(calls / seconds);
            stages.add(seconds);
            System.out.printf("%s run %d: %d confirmations in %.2f s = %.1f/s, agreement %s%n", name, i + 1, calls,
                    seconds, calls / seconds, report.agreement().stream().map(a -> a.agreed() + "/" + a.scenarios())
                            .toList());
        }
        return String.format("| %s | %d | %.2f s | %.1f |", name, calls, median(stages), median(rates));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
