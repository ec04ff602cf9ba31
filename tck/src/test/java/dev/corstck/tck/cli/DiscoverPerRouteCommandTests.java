package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.tck.discovery.PerRouteJetty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code discover} then {@code grade} on a real server configured per route: the printed policy, per-endpoint
 * {@code cors} included, describes the server, so grading the server against it finds nothing wrong.
 */
@Timeout(180)
class DiscoverPerRouteCommandTests {

    @Test
    void thePrintedPolicyGradesThePerRouteServerWithoutFail(@TempDir Path dir) throws Exception {
        try (PerRouteJetty jetty = PerRouteJetty.start()) {
            Path yaml = dir.resolve("policy.yaml");
            CliRun discover = CliRun.of("discover", "--target", jetty.baseUrl(), "--path", PerRouteJetty.ITEMS,
                    "--path", PerRouteJetty.PUBLIC, "--path", PerRouteJetty.ORDERS, "--origin", PerRouteJetty.FRONT_END,
                    "-o", yaml.toString());
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.err()).contains("94 probes (at most 328) of 3 path(s)")
                    .contains("1 path(s) with their own cors");
            String policy = Files.readString(yaml);
            assertThat(policy).containsOnlyOnce("    cors:\n");

            CliRun grade = CliRun.of("grade", "--target", jetty.baseUrl(), "--policy", yaml.toString(), "--browsers",
                    "none", "--report", dir.resolve("report").toString());
            assertThat(fails(dir.resolve("report"))).as(policy).isEmpty();
            assertThat(grade.exit()).as(grade.out()).isEqualTo(Main.CONFORMANT);

            // the overrides carry weight: without them the public route breaks the private routes' policy
            Path flat = Files.writeString(dir.resolve("flat.yaml"), policy.replaceAll("(?m)^    cors:\n(^      .*\n)*",
                    ""));
            CliRun flatGrade = CliRun.of("grade", "--target", jetty.baseUrl(), "--policy", flat.toString(),
                    "--browsers", "none", "--report", dir.resolve("flat").toString());
            assertThat(flatGrade.exit()).as(flatGrade.out()).isEqualTo(Main.NON_CONFORMANT);
            assertThat(fails(dir.resolve("flat"))).isNotEmpty().allSatisfy(f -> assertThat(f).contains(" api-public."));
        }
    }

    @Test
    void moreThanTheMostPathsIsAUsageError() {
        List<String> args = new ArrayList<>(List.of("discover", "--target", "http://127.0.0.1:9"));
        for (int i = 0; i <= dev.corstck.tck.discovery.DiscoveryOptions.MAX_PATHS; i++) {
            args.add("--path");
            args.add("/p" + i);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("at most 32 paths");
    }

    /** Return each FAIL of the report in {@code dir}: rule, scenario, what was expected and seen. */
    private static List<String> fails(Path dir) throws java.io.IOException {
        // Through the reader: report.json cites shared exchanges by index and carries root causes with verdicts too.
        List<String> fails = new ArrayList<>();
        for (dev.corstck.reports.model.TargetReport target : ReportJson.read(dir.resolve("report.json")).targets()) {
            for (dev.corstck.reports.model.Finding f : target.findings()) {
                if (f.verdict() == dev.corstck.reports.model.Verdict.FAIL) {
                    fails.add(f.ruleId() + " " + f.scenarioId() + ": " + f.expected() + " / " + f.actual());
                }
            }
        }
        return fails;
    }
}
