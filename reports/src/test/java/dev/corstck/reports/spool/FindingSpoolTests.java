package dev.corstck.reports.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RootCause;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.reports.writer.IncrementalReportWriter;
import dev.corstck.reports.writer.ReportWriter;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingSpoolTests {

    @TempDir
    Path dir;

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("one target", SampleReports.report(700)),
                Arguments.of("three targets", SampleReports.comparison(List.of("Express cors", "Spring Boot",
                        "nginx"), 400)),
                Arguments.of("hostile texts", SampleReports.hostile(300)),
                Arguments.of("no findings", SampleReports.report(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFormatIsByteForByteTheSameFromASpoolAsFromMemory(String name, Report report) throws IOException {
        List<FindingSpool> spools = new ArrayList<>();
        try {
            Report spooled = spooled(report, spools);
            List<Path> fromMemory = ReportWriter.allFormats().write(dir.resolve("memory"), report);
            List<Path> fromSpool = ReportWriter.allFormats().write(dir.resolve("spool"), spooled);

            assertThat(fromSpool).hasSameSizeAs(fromMemory);
            for (int i = 0; i < fromMemory.size(); i++) {
                assertThat(Files.readAllBytes(fromSpool.get(i))).as(fromSpool.get(i).getFileName().toString())
                        .isEqualTo(Files.readAllBytes(fromMemory.get(i)));
            }
        } finally {
            for (FindingSpool spool : spools) {
                spool.close();
            }
        }
    }

    @Test
    void aSpooledListReadsBackEveryFindingWholeInOrderAndIsNotIndexed() throws IOException {
        List<Finding> findings = SampleReports.report(500).targets().get(0).findings();
        try (FindingSpool spool = FindingSpool.create(dir.resolve("s"))) {
            for (Finding f : findings) {
                spool.append(f);
            }
            SpooledFindings read = spool.snapshot();

            assertThat(read).hasSize(findings.size());
            assertThat(new ArrayList<>(read)).isEqualTo(findings);
            assertThat(read).isEqualTo(findings);
            assertThat(read.summary()).isEqualTo(dev.corstck.reports.model.Summary.of(findings));
            assertThat(read.notPassing()).isEqualTo(findings.stream().filter(f -> f.verdict() != Verdict.PASS)
                    .toList());
            assertThatThrownBy(() -> read.get(0)).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("read in order");
        }
    }

    @Test
    void aSnapshotStaysAsItWasWhileMoreFindingsAreAppended() throws IOException {
        List<Finding> findings = SampleReports.report(300).targets().get(0).findings();
        try (FindingSpool spool = FindingSpool.create(dir.resolve("s"))) {
            findings.subList(0, 100).forEach(f -> append(spool, f));
            SpooledFindings first = spool.snapshot();
            findings.subList(100, 300).forEach(f -> append(spool, f));

            assertThat(first).hasSize(100).isEqualTo(findings.subList(0, 100));
            assertThat(spool.snapshot()).isEqualTo(findings);
        }
    }

    @Test
    void equalExchangesAreStoredOnceAndDistinctOnesApart() throws IOException {
        Report report = SampleReports.report(600);
        List<Finding> findings = report.targets().get(0).findings();
        // The same values as new objects: numbering is by value, not identity (as in memory).
        List<Finding> copies = ReportJson.read(write(report)).targets().get(0).findings();
        try (FindingSpool spool = FindingSpool.create(dir.resolve("s"))) {
            findings.forEach(f -> append(spool, f));
            copies.forEach(f -> append(spool, f));
            SpooledFindings read = spool.snapshot();

            var memory = TargetReport.class.cast(report.targets().get(0)).citations();
            assertThat(read.exchangeCount()).isEqualTo(memory.exchangeCount());
            assertThat(read.stepCount()).isEqualTo(memory.stepCount());
            assertThat(read.evidenceCount()).isEqualTo(memory.evidenceCount());
            assertThat(read.scenarioCount()).isEqualTo(memory.scenarioCount());
        }
    }

    @Test
    void aSpoolHoldsNoPassingFindingOnceAppended() throws IOException {
        List<Finding> findings = new ArrayList<>(SampleReports.report(400).targets().get(0).findings());
        int pass = indexOfFirstPass(findings);
        WeakReference<Finding> appended = new WeakReference<>(findings.get(pass));
        try (FindingSpool spool = FindingSpool.create(dir.resolve("s"))) {
            findings.forEach(f -> append(spool, f));
            SpooledFindings read = spool.snapshot();
            findings.clear();
            for (int i = 0; i < 20 && appended.get() != null; i++) {
                System.gc();
            }

            assertThat(appended.get()).as("a PASS finding appended to a spool can be collected").isNull();
            assertThat(read).hasSize(400);
        }
    }

    @Test
    void aWriterPastItsSpoolThresholdWritesTheSameReportAsOneInMemory() throws IOException {
        Report report = SampleReports.comparison(List.of("A", "B"), 500);
        Path memory = writeIncrementally(report, dir.resolve("memory"), Integer.MAX_VALUE);
        Path spooled = writeIncrementally(report, dir.resolve("spool"), 120);

        for (String file : List.of("report.json", "junit.xml", "index.html", "report.sarif", "compare.html")) {
            assertThat(Files.readAllBytes(spooled.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(memory.resolve(file)));
        }
        try (Stream<Path> names = Files.list(spooled)) {
            assertThat(names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".spool-")))
                    .as("this JVM's spools stay until it exits").isNotEmpty();
        }
    }

    @Test
    void aWriterOpenedOnADirectoryDeletesTheSpoolsOfJvmsThatAreGone() throws IOException {
        Path stale = Files.createDirectories(dir.resolve(".spool-2147483646-1"));
        Files.writeString(stale.resolve("findings.jsonl"), "[]\n");
        Path live = Files.createDirectories(dir.resolve(".spool-" + ProcessHandle.current().pid() + "-999"));

        try (var writer = IncrementalReportWriter.open(dir, SampleReports.run(false))) {
            assertThat(stale).doesNotExist();
            assertThat(live).exists();
        }
    }

    private Path writeIncrementally(Report report, Path out, int spoolAfter) throws IOException {
        // One fixed clock: the run's end time the writer stamps is the same in both directories.
        java.time.Clock clock = java.time.Clock.fixed(report.run().finishedAt(), java.time.ZoneOffset.UTC);
        try (var writer = IncrementalReportWriter.open(out, report.run(), ReportWriter.allFormats(),
                java.time.Duration.ofHours(1), clock, IncrementalReportWriter.Checkpoints.AT_ONCE)
                .spoolAfter(spoolAfter)) {
            for (TargetReport t : report.targets()) {
                writer.startTarget(t.target(), t.label(), t.policy());
            }
            for (TargetReport t : report.targets()) {
                List<Finding> all = t.findings();
                for (int i = 0; i < all.size(); i += 50) {
                    writer.addFindings(t.target(), all.subList(i, Math.min(all.size(), i + 50)));
                }
                writer.setAgreement(t.target(), t.agreement());
            }
            Report written = writer.complete();
            assertThat(written.summary()).isEqualTo(report.summary());
        }
        return out;
    }

    private Path write(Report report) throws IOException {
        Path out = dir.resolve("json-" + System.nanoTime());
        ReportWriter.allFormats().write(out, report);
        return out.resolve("report.json");
    }

    private static int indexOfFirstPass(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).verdict() == Verdict.PASS) {
                return i;
            }
        }
        throw new AssertionError("the sample has no PASS finding");
    }

    private static void append(FindingSpool spool, Finding f) {
        try {
            spool.append(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Report spooled(Report report, List<FindingSpool> spools) throws IOException {
        List<TargetReport> targets = new ArrayList<>();
        for (TargetReport t : report.targets()) {
            FindingSpool spool = FindingSpool.create(dir.resolve("spool-" + spools.size()));
            spools.add(spool);
            for (Finding f : t.findings()) {
                spool.append(f);
            }
            List<RootCause> causes = t.causes();
            targets.add(new TargetReport(t.target(), t.label(), t.policy(), t.complete(), spool.snapshot(),
                    t.agreement(), causes));
        }
        return new Report(report.schemaVersion(), report.run(), targets);
    }
}
