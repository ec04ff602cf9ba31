package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 4 and 9 in real Chromium, each grade in a JVM of its own on the host's loopback (an external
 * {@code --target}): four grades at once, which share the fixed page-origin ports, each get every confirmation; and a
 * SIGTERM to a grade's whole process group while Chromium runs ends it with exit 3, a valid report and no Node EPIPE
 * stack trace from the Playwright driver. A missing Chromium fails these tests.
 */
@Timeout(600)
@EnabledOnOs(OS.LINUX)
class HostileBrowserTests {

    private static final String POLICY = """
            origin: [http://localhost:3000, http://127.0.0.1:3000, https://app.localhost]
            methods: [GET, POST, PUT, DELETE]
            allowedHeaders: [Content-Type, Authorization]
            exposedHeaders: [X-Request-Id]
            credentials: true
            maxAge: 600
            endpoints:
              - path: /api/data
                methods: [GET, POST]
                credentials: include
            """;

    private static EmbeddedTarget target;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void fourChromiumGradesAtOnceEachGetEveryConfirmation() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
        List<KitProcess> grades = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            grades.add(KitProcess.start(dir.resolve("logs"), false, List.of("-Xmx512m"), "grade", "--target",
                    target.baseUrl(), "--policy", policy.toString(), "--browsers", "chromium", "--report",
                    dir.resolve("r" + i).toString(), "--run-timeout", "8m"));
        }
        for (int i = 0; i < 4; i++) {
            KitProcess kit = grades.get(i);
            int exit = kit.await(540);
            Report report = ReportJson.read(dir.resolve("r" + i).resolve("report.json"));
            List<Finding> confirmations = report.targets().get(0).findings().stream()
                    .filter(f -> f.ruleId().equals("kit.simulator-browser-agreement")).toList();

            assertThat(confirmations).as("grade %d's confirmations", i).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict()).as("%s: %s", f.scenarioId(), f.actual())
                            .isEqualTo(Verdict.PASS));
            assertThat(exit).as("grade %d; stderr: %s", i, kit.stderr()).isEqualTo(Main.CONFORMANT);
        }
    }

    @Test
    void sigtermToTheProcessGroupWhileChromiumRunsExitsThreeWithoutAnEpipeTrace() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
        Path report = dir.resolve("r");
        KitProcess kit = KitProcess.start(dir.resolve("logs"), true, List.of("-Xmx512m"), "grade", "--target",
                target.baseUrl(), "--policy", policy.toString(), "--browsers", "chromium", "--report",
                report.toString());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (kit.process.isAlive() && System.nanoTime() < deadline
                && kit.process.descendants().noneMatch(p -> p.info().command().orElse("").contains("chrom"))) {
            Thread.sleep(100);
        }
        assertThat(kit.process.isAlive()).as("grading when the browser started").isTrue();
        Thread.sleep(300);

        kit.signal("TERM", true);
        int exit = kit.await(60);

        assertThat(exit).as("stderr: %s", kit.stderr()).isEqualTo(Main.KIT_ERROR);
        assertThat(kit.stderr()).doesNotContain("EPIPE").doesNotContain("node:internal").doesNotContain("at Socket");
        HostileCliTests.assertValidOrAbsent(report);
        assertThat(report.resolve("report.json")).isRegularFile();
        Thread.sleep(2_000);
        assertThat(kit.process.descendants().filter(ProcessHandle::isAlive).toList()).as("processes left").isEmpty();
    }
}
