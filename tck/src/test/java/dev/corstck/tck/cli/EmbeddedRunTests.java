package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main#runEmbedded}: a host process (the Maven plugin) gets everything a command prints on its own streams. */
@Timeout(60)
class EmbeddedRunTests {

    @TempDir
    Path dir;

    @Test
    void gradePrintsItsSummaryOnTheHostsStreamsNotOnTheProcesss() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            int exit;
            synchronized (CliRun.class) { // CliRun swaps System.out too
                System.setOut(new PrintStream(process, true, StandardCharsets.UTF_8));
                try {
                    exit = Main.runEmbedded(new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8), "grade", "--target", target.baseUrl(),
                            "--browsers", "none", "--report", dir.resolve("report").toString());
                } finally {
                    System.setOut(stdout);
                }
            }

            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.CONFORMANT);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("TARGET", target.baseUrl(), "report: ");
            assertThat(process.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void aUsageErrorGoesToTheHostsErrorStream() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.runEmbedded(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "grade", "--browsers", "none");

        assertThat(exit).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cors-tck grade: name a target");
    }
}
