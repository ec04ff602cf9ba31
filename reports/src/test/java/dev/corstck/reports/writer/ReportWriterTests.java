package dev.corstck.reports.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reports.SampleReports;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportWriterTests {

    @TempDir
    Path dir;

    @Test
    void anErrorInTheMiddleOfAWriteLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new OutOfMemoryError("simulated: the heap ran out while writing");
        })).isInstanceOf(OutOfMemoryError.class);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void singleTargetGetsJsonHtmlJunitAndABadgeButNoComparison() throws Exception {
        List<Path> files = ReportWriter.allFormats().write(dir, SampleReports.report(20));

        assertThat(files).containsExactly(dir.resolve("report.json"), dir.resolve("junit.xml"),
                dir.resolve("report.sarif"),
                dir.resolve("index.html"), dir.resolve("badges/reference-server.svg"));
        assertThat(dir.resolve("compare.html")).doesNotExist();
    }

    @Test
    void writingConcurrentlyGivesTheSameFilesAsOneAfterAnother() throws Exception {
        Report report = SampleReports.comparison(List.of("Express cors", "Spring Boot"), 30);

        List<Path> one = ReportWriter.allFormats().write(dir.resolve("sequential"), report);
        List<Path> side = ReportWriter.allFormats().writeConcurrently(dir.resolve("concurrent"), report);

        assertThat(side.stream().map(p -> dir.resolve("concurrent").relativize(p)).toList())
                .isEqualTo(one.stream().map(p -> dir.resolve("sequential").relativize(p)).toList());
        for (Path file : one) {
            Path twin = dir.resolve("concurrent").resolve(dir.resolve("sequential").relativize(file));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(one).hasSizeGreaterThan(5);
    }

    @Test
    void severalTargetsAlsoGetComparisonAndOneBadgeEach() throws Exception {
        ReportWriter.allFormats().write(dir, SampleReports.comparison(List.of("Express cors", "Spring Boot"), 10));

        assertThat(dir.resolve("compare.html")).isNotEmptyFile();
        assertThat(dir.resolve("badges/express-cors.svg")).isNotEmptyFile();
        assertThat(dir.resolve("badges/spring-boot.svg")).isNotEmptyFile();
    }

    @Test
    void onlyTheChosenFormatsAreWritten() throws Exception {
        ReportWriter.of(EnumSet.of(ReportFormat.JUNIT_XML)).write(dir, SampleReports.report(5));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("junit.xml"));
        }
    }

    @Test
    void failedWriteLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half a fi".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    static Stream<Arguments> slugs() {
        return Stream.of(
                Arguments.of("Express cors 2.8.5", "express-cors-2.8.5"),
                Arguments.of("http://127.0.0.1:8080/api", "127.0.0.1-8080-api"),
                Arguments.of("Vert.x / Café", "vert.x-cafe"),
                Arguments.of("../../etc/passwd", "etc-passwd"),
                Arguments.of("<script>", "script"),
                Arguments.of("日本", "target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slugs")
    void badgeFileNamesAreSafeSlugs(String label, String slug) {
        assertThat(BadgeFiles.slug(label)).isEqualTo(slug);
    }

    @Test
    void badgeFileNamesAreUniqueWithinAReport() {
        TargetReport a = SampleReports.target("http://a", "Spring", 1, 1);
        TargetReport b = SampleReports.target("http://b", "spring", 1, 1);

        assertThat(BadgeFiles.names(List.of(a, b)).values()).containsExactly("spring.svg", "spring-2.svg");
    }

    @Test
    void writesIntoADirectoryThatDoesNotExistYet() throws Exception {
        Report report = SampleReports.report(3);

        ReportWriter.allFormats().write(dir.resolve("a/b"), report);

        assertThat(dir.resolve("a/b/report.json")).isNotEmptyFile();
    }

    @Test
    void anAbandonedWriteStopsAtTheNextWriteAndLeavesTheOldFilesAsTheyWere() throws IOException {
        Report before = SampleReports.report(20);
        ReportWriter.allFormats().write(dir, before);
        byte[] oldJson = Files.readAllBytes(dir.resolve("report.json"));
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> ReportWriter.allFormats().write(dir, SampleReports.report(2000),
                () -> writes.incrementAndGet() > 3))
                .isInstanceOf(ReportWriter.WriteAbandoned.class);

        assertThat(Files.readAllBytes(dir.resolve("report.json"))).isEqualTo(oldJson);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBackgroundCheckpointOfASpooledReportGivesWayToTheFinalWrite() throws IOException {
        Report report = SampleReports.report(6000);
        Report written;
        try (var writer = IncrementalReportWriter.open(dir, report.run()).spoolAfter(100)) {
            writer.startTarget(report.targets().get(0).target(), "T", "origin: '*'");
            List<dev.corstck.reports.model.Finding> all = report.targets().get(0).findings();
            for (int i = 0; i < all.size(); i += 500) {
                writer.addFindings(report.targets().get(0).target(), all.subList(i, Math.min(all.size(), i + 500)));
            }
            written = writer.complete();
        }

        Report onDisk = dev.corstck.reports.json.ReportJson.read(dir.resolve("report.json"));
        assertThat(onDisk.run().complete()).isTrue();
        assertThat(onDisk.targets().get(0).findings()).isEqualTo(report.targets().get(0).findings());
        assertThat(written.summary()).isEqualTo(report.summary());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
