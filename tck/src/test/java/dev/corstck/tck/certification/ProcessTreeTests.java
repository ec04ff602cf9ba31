package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting and stopping an implementation: its {@code /health} is awaited, and stopping it ends everything it
 * started, a double-forked grandchild and a command that ignores SIGTERM included.
 */
@Timeout(60)
class ProcessTreeTests {

    @TempDir
    Path dir;

    @Test
    void stoppingTheFixtureEndsItsChildAndItsDoubleForkedGrandchild() throws Exception {
        // GIVEN the fixture server, which starts "sleep 6061" and a double-forked "sleep 6062"
        Path folder = CertificationFixtures.copyTo(dir).resolve(CertificationFixtures.FIXTURE);
        int port = Loopback.freePort();
        ProcessTree server = ProcessTree.start("exec python3 server.py", folder, Map.of("PORT",
                Integer.toString(port), "CORS_CONFIG", "documented", "FIXTURE_SPAWN", "1"), dir.resolve("server.log"));
        assertThat(Loopback.awaitHealth(server, port, Duration.ofSeconds(30))).isEmpty();
        List<ProcessHandle> started = awaitMembers(server, 3);
        assertThat(started).extracting(p -> p.info().command().orElse("")).anyMatch(c -> c.endsWith("sleep"));

        // WHEN it is stopped
        List<Long> left = server.stop();

        // THEN nothing it started is running
        assertThat(left).isEmpty();
        assertThat(started).noneMatch(ProcStat::isRunning);
        assertThat(server.members()).isEmpty();
    }

    @Test
    void aCommandThatIgnoresSigtermIsKilled() throws Exception {
        ProcessTree stubborn = ProcessTree.start("trap '' TERM; sleep 300; echo done", dir, Map.of(),
                dir.resolve("stubborn.log"));
        List<ProcessHandle> started = awaitMembers(stubborn, 2);

        assertThat(stubborn.stop()).isEmpty();

        assertThat(started).noneMatch(ProcStat::isRunning);
    }

    @Test
    void aServerThatEndsOrNeverAnswersHealthIsReportedWithWhy() throws Exception {
        Path folder = CertificationFixtures.copyTo(dir).resolve(CertificationFixtures.FIXTURE);
        int port = Loopback.freePort();
        try (ProcessTree ends = ProcessTree.start("echo starting; exit 3", folder, Map.of(), dir.resolve("a.log"));
                ProcessTree unhealthy = ProcessTree.start("exec python3 server.py", folder, Map.of("PORT",
                        Integer.toString(port), "CORS_CONFIG", "never-healthy"), dir.resolve("b.log"))) {
            Optional<String> ended = Loopback.awaitHealth(ends, Loopback.freePort(), Duration.ofSeconds(10));
            Optional<String> never = Loopback.awaitHealth(unhealthy, port, Duration.ofSeconds(3));

            assertThat(ended).hasValueSatisfying(m -> assertThat(m).contains("ended (exit code 3)"));
            assertThat(never).hasValueSatisfying(m -> assertThat(m).contains("did not answer 2xx within 3 s",
                    "last: status 503"));
        }
        assertThat(Preparation.lastLines(dir.resolve("a.log"))).contains("starting");
    }

    /** The tree's members once at least {@code count} have started (the fixture forks after its first line). */
    private static List<ProcessHandle> awaitMembers(ProcessTree tree, int count) throws InterruptedException {
        for (int i = 0; i < 100 && tree.members().size() < count; i++) {
            Thread.sleep(50);
        }
        return tree.members();
    }
}
