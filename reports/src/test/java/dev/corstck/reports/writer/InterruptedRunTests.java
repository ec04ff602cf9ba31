package dev.corstck.reports.writer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Report;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interrupt a real child JVM as Ctrl-C would (SIGINT) and check the report it leaves behind. */
class InterruptedRunTests {

    @TempDir
    Path dir;

    /** In memory, and from a spool (every finding spooled): the shutdown hook writes from it before it is deleted. */
    @org.junit.jupiter.params.ParameterizedTest(name = "spool after {0} findings")
    @org.junit.jupiter.params.provider.ValueSource(ints = {20_000, 0})
    void interruptedRunLeavesAValidReportMarkedIncompleteWithEverythingAdded(int spoolAfter) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + IncrementalReportWriter.SPOOL_AFTER_PROPERTY + "=" + spoolAfter,
                "-cp", classpath, InterruptedRunMain.class.getName(), dir.toString(), "120")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
            assertThat(line).isEqualTo("ready");

            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited after SIGINT").isTrue();
        } finally {
            child.destroyForcibly();
        }

        Report report = ReportJson.read(dir.resolve("report.json"));
        assertThat(report.run().complete()).isFalse();
        assertThat(report.findingCount()).isEqualTo(120);
        assertThat(dir.resolve("index.html")).isNotEmptyFile();
        assertThat(dir.resolve("junit.xml")).isNotEmptyFile();
        try (var names = java.nio.file.Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).as("the spool is gone with its JVM")
                    .noneMatch(n -> n.startsWith(".spool-"));
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            String line = reader.readLine();
            return line == null ? "(child ended without output)" : line;
        } catch (java.io.IOException e) {
            return "(cannot read child output: " + e + ")";
        }
    }
}
