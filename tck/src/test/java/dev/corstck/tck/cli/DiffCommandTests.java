package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.SpecLinks;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTests {

    @TempDir
    Path dir;

    @Test
    void newFailureExitsOneAndIsListed() throws Exception {
        Path old = write("old.json", Verdict.PASS);
        Path neu = write("new.json", Verdict.FAIL);

        CliRun run = CliRun.of("diff", old.toString(), neu.toString());

        assertThat(run.exit()).isEqualTo(Main.NON_CONFORMANT);
        assertThat(run.out()).contains("cors-check.acao-exact");
    }

    @Test
    void fixedFailureExitsZero() throws Exception {
        Path old = write("old.json", Verdict.FAIL);
        Path neu = write("new.json", Verdict.PASS);

        assertThat(CliRun.of("diff", "--format", "markdown", old.toString(), neu.toString()).exit())
                .isEqualTo(Main.CONFORMANT);
    }

    @Test
    void aVersion1ReportDiffsAgainstAVersion2One() throws Exception {
        Path v1 = dir.resolve("v1.json");
        try (var in = DiffCommandTests.class.getResourceAsStream("report-v1.json")) {
            Files.copy(in, v1);
        }
        Report old = ReportJson.read(v1);
        TargetReport first = old.targets().get(0);
        Finding pass = first.findings().stream().filter(f -> f.verdict() == Verdict.PASS).findFirst().orElseThrow();
        List<Finding> changed = first.findings().stream().map(f -> f != pass ? f : new Finding(f.ruleId(),
                f.ruleTitle(), f.level(), f.specUrl(), Verdict.FAIL, "", f.scenarioId(), f.scenarioTitle(), f.engine(),
                f.expected(), "something else", f.evidence(), f.remedy())).toList();
        Path same = write("same.json", Report.of(old.run(), old.targets()));
        Path worse = write("worse.json", Report.of(old.run(), List.of(new TargetReport(first.target(), first.label(),
                first.policy(), first.complete(), changed, first.agreement()), old.targets().get(1))));

        assertThat(CliRun.of("diff", v1.toString(), same.toString()).exit()).isEqualTo(Main.CONFORMANT);
        CliRun run = CliRun.of("diff", v1.toString(), worse.toString());
        assertThat(run.exit()).isEqualTo(Main.NON_CONFORMANT);
        assertThat(run.out()).contains(pass.ruleId());
    }

    @Test
    void missingOrGarbageReportIsAUsageError() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{ not json");

        assertThat(CliRun.of("diff", garbage.toString(), dir.resolve("absent.json").toString()).exit())
                .isEqualTo(Main.USAGE);
    }

    private Path write(String name, Verdict verdict) throws Exception {
        var builder = Finding.builder()
                .rule("cors-check.acao-exact", "ACAO is the exact origin", Level.MUST, SpecLinks.fetch("cors-check"))
                .scenario("get.allowed-origin", "GET from an allowed origin")
                .engine(Engine.WIRE)
                .verdict(verdict);
        if (verdict == Verdict.FAIL) {
            builder.expectedActual("https://app.example", "https://app.example/");
        }
        TargetReport target = new TargetReport("http://127.0.0.1:8080", "reference", "origin: https://app.example",
                true, List.of(builder.build()), List.of());
        return write(name, Report.of(RunInfo.start("test", List.of(), List.of(), false), List.of(target)));
    }

    private Path write(String name, Report report) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream stream = Files.newOutputStream(file)) {
            ReportJson.write(report, stream);
        }
        return file;
    }
}
