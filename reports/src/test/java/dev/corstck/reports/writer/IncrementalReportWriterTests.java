package dev.corstck.reports.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalReportWriterTests {

    private static final List<Finding> FINDINGS = SampleReports.report(30).targets().get(0).findings();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    @Test
    void openingWritesAValidEmptyIncompleteReportAtOnce() throws Exception {
        try (var writer = open(Duration.ofSeconds(5))) {
            Report onDisk = ReportJson.read(dir.resolve("report.json"));

            assertThat(onDisk.run().complete()).isFalse();
            assertThat(onDisk.targets()).isEmpty();
            assertThat(dir.resolve("index.html")).exists();
            assertThat(dir.resolve("junit.xml")).exists();
        }
    }

    @Test
    void checkpointsAreThrottledAndMarkedIncomplete() throws Exception {
        try (var writer = open(Duration.ofSeconds(5))) {
            writer.startTarget("http://t", "T", "origin: '*'");
            writer.addFindings("http://t", FINDINGS.subList(0, 10));
            assertThat(onDiskFindings()).as("within the interval: not written yet").isZero();

            clock.advance(Duration.ofSeconds(60)); // past the interval and ten times any real write time
            writer.addFindings("http://t", FINDINGS.subList(10, 20));

            Report onDisk = ReportJson.read(dir.resolve("report.json"));
            assertThat(onDisk.findingCount()).isEqualTo(20);
            assertThat(onDisk.run().complete()).isFalse();
            assertThat(onDisk.conformance()).isIn(Conformance.INCONCLUSIVE, Conformance.NON_CONFORMANT);
        }
    }

    @Test
    void theWriteRateIsMeasuredAt500FindingsOnlyOnceTheRunHasLastedASecond() throws Exception {
        List<Finding> many = SampleReports.report(600).targets().get(0).findings();
        try (var writer = open(Duration.ofSeconds(5))) {
            writer.startTarget("http://t", "T", "origin: '*'");
            writer.addFindings("http://t", many.subList(0, 550));
            assertThat(onDiskFindings()).as("500 findings within the first second: no measuring write").isZero();

            clock.advance(Duration.ofMillis(IncrementalReportWriter.MEASURE_AFTER_MILLIS));
            writer.addFindings("http://t", many.subList(550, 551));
            assertThat(onDiskFindings()).as("the first findings after a second: measured").isEqualTo(551);

            writer.addFindings("http://t", many.subList(551, 600));
            assertThat(onDiskFindings()).as("measured once; the interval has not passed").isEqualTo(551);
        }
    }

    @Test
    void completeWritesTheFinalReportAndCloseKeepsIt() throws Exception {
        Report last;
        try (var writer = open(Duration.ofSeconds(5))) {
            writer.startTarget("http://t", "T", "");
            writer.addFindings("http://t", FINDINGS);
            clock.advance(Duration.ofSeconds(92));
            last = writer.complete();
            assertThatThrownBy(() -> writer.addFindings("http://t", FINDINGS))
                    .hasMessage("the report is already complete");
        }

        Report onDisk = ReportJson.read(dir.resolve("report.json"));
        assertThat(onDisk).isEqualTo(last);
        assertThat(onDisk.run().complete()).isTrue();
        assertThat(onDisk.targets().get(0).complete()).isTrue();
        assertThat(onDisk.run().durationMillis()).isEqualTo(92_000);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void closeWithoutCompleteLeavesEverythingAddedMarkedIncomplete() throws Exception {
        try (var writer = open(Duration.ofHours(1))) {
            writer.startTarget("http://t", "T", "");
            writer.addFindings("http://t", FINDINGS);
            writer.finishTarget("http://t");
        }

        Report onDisk = ReportJson.read(dir.resolve("report.json"));
        assertThat(onDisk.findingCount()).isEqualTo(FINDINGS.size());
        assertThat(onDisk.run().complete()).isFalse();
        assertThat(onDisk.targets().get(0).complete()).isTrue();
        assertThat(onDisk.conformance()).isNotIn(Conformance.CONFORMANT, Conformance.CONFORMANT_WITH_WARNINGS);
    }

    @Test
    void findingsForAnUnknownTargetAreRefusedWithAClearMessage() throws Exception {
        try (var writer = open(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> writer.addFindings("http://nope", FINDINGS))
                    .hasMessage("target 'http://nope' was not started: call startTarget first");
        }
    }

    @Test
    void aBrowserVersionLearnedDuringTheRunIsWrittenWithTheReport() throws Exception {
        try (var writer = open(Duration.ofSeconds(5))) {
            writer.setEngineVersion(dev.corstck.reports.model.Engine.CHROMIUM, " 157.0.1.2 ");
            writer.setEngineVersion(dev.corstck.reports.model.Engine.FIREFOX, "");
            Report done = writer.complete();

            Report onDisk = ReportJson.read(dir.resolve("report.json"));
            assertThat(onDisk.run().engines()).isEqualTo(done.run().engines());
            assertThat(onDisk.run().engines()).anySatisfy(e -> {
                assertThat(e.engine()).isEqualTo(dev.corstck.reports.model.Engine.CHROMIUM);
                assertThat(e.version()).isEqualTo("157.0.1.2");
            }).anySatisfy(e -> {
                assertThat(e.engine()).isEqualTo(dev.corstck.reports.model.Engine.FIREFOX);
                assertThat(e.version()).as("a blank version keeps what was known").isEqualTo("153.8.0esr");
            });
        }
    }

    @Test
    void inTheBackgroundCheckpointsReachTheDiskAndCompleteWritesTheFinalReportLast() throws Exception {
        Report last;
        try (var writer = openInBackground(Duration.ofSeconds(5))) {
            // GIVEN the first checkpoint, written on the writer's thread while the caller goes on
            Report first = awaitOnDisk(r -> true);
            assertThat(first.run().complete()).isFalse();
            assertThat(first.targets()).isEmpty();

            // WHEN findings arrive after the interval, a checkpoint holds them
            writer.startTarget("http://t", "T", "origin: '*'");
            clock.advance(Duration.ofSeconds(60));
            writer.addFindings("http://t", FINDINGS.subList(0, 20));
            assertThat(awaitOnDisk(r -> r.findingCount() == 20).run().complete()).isFalse();

            // THEN the final write comes after any checkpoint and replaces it
            writer.addFindings("http://t", FINDINGS.subList(20, FINDINGS.size()));
            last = writer.complete();
        }
        Report onDisk = ReportJson.read(dir.resolve("report.json"));
        assertThat(onDisk).isEqualTo(last);
        assertThat(onDisk.run().complete()).isTrue();
        assertThat(onDisk.findingCount()).isEqualTo(FINDINGS.size());
        assertThat(dir.resolve("index.html")).isNotEmptyFile();
        assertThat(dir.resolve("junit.xml")).isNotEmptyFile();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void inTheBackgroundADirectoryThatCannotBeWrittenFailsAtOpen() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> IncrementalReportWriter.open(inTheWay.resolve("report"),
                SampleReports.run(false).finished(clock.instant(), false), ReportWriter.allFormats(),
                Duration.ofSeconds(5), clock, IncrementalReportWriter.Checkpoints.IN_BACKGROUND))
                .isInstanceOf(java.io.IOException.class);
    }

    private IncrementalReportWriter openInBackground(Duration interval) throws Exception {
        return IncrementalReportWriter.open(dir, SampleReports.run(false).finished(clock.instant(), false),
                ReportWriter.allFormats(), interval, clock, IncrementalReportWriter.Checkpoints.IN_BACKGROUND);
    }

    /** The report on disk once it is there and satisfies {@code wanted}; fails after 20 s. */
    private Report awaitOnDisk(java.util.function.Predicate<Report> wanted) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Path file = dir.resolve("report.json");
            if (Files.exists(file)) {
                Report onDisk = ReportJson.read(file); // replaced atomically: never half written
                if (wanted.test(onDisk)) {
                    return onDisk;
                }
            }
            assertThat(System.nanoTime()).as("the background checkpoint within 20 s").isLessThan(giveUp);
            Thread.sleep(10);
        }
    }

    private IncrementalReportWriter open(Duration interval) throws Exception {
        return IncrementalReportWriter.open(dir, SampleReports.run(false).finished(clock.instant(), false),
                ReportWriter.allFormats(), interval, clock);
    }

    private int onDiskFindings() throws Exception {
        return ReportJson.read(dir.resolve("report.json")).findingCount();
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** A clock the test moves by hand; starts at the sample run's start time. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T10:15:30Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
