package dev.corstck.reference.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.fetch.http.HeaderList;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy inputs an attacker or a careless operator would give (issue 15, items 1, 2 and 8): devices, endless pipes, a
 * FIFO with no writer, deep nesting, bytes that are not UTF-8, patterns that backtrack. Each is refused quickly, with
 * a position, never a hang, a heap blow-up or a {@code 0:0}.
 */
@Timeout(30)
class HostilePolicyInputTests {

    @TempDir
    Path dir;

    private static List<FileProblem> problems(PolicyFile.Loaded loaded) {
        assertThat(loaded).isInstanceOf(PolicyFile.Loaded.Invalid.class);
        List<FileProblem> problems = ((PolicyFile.Loaded.Invalid) loaded).problems();
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).as("line of %s", p).isPositive();
            assertThat(p.column()).as("column of %s", p).isPositive();
            assertThat(p.toString()).doesNotContain(":0:0").doesNotContain(": null");
        });
        return problems;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devZeroIsRefusedAtTheSizeLimitNotReadForever() {
        long start = System.nanoTime();
        List<FileProblem> problems = problems(PolicyFile.load(Path.of("/dev/zero")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
            assertThat(p.message()).contains(String.valueOf(PolicyFile.MAX_BYTES), "the limit");
        });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anEndlessPipeIsRefusedAtTheSizeLimit() throws Exception {
        Path fifo = fifo("endless");
        byte[] line = "origin: [https://a.example]\n".getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(line);
                }
            } catch (IOException brokenPipe) {
                // the reader stopped at the limit and closed its end: expected
            }
        });
        writer.setDaemon(true);
        writer.start();

        List<FileProblem> problems = problems(PolicyFile.load(fifo));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
            // The byte at offset MAX_BYTES, the first past the limit, in a stream of equal lines.
            assertThat(p.line()).isEqualTo(PolicyFile.MAX_BYTES / line.length + 1);
            assertThat(p.column()).isEqualTo(PolicyFile.MAX_BYTES % line.length + 1);
        });
        writer.join(5_000);
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoWithNoWriterIsRefusedAfterTheReadTimeoutInsteadOfHanging() throws Exception {
        Path fifo = fifo("silent");
        long start = System.nanoTime();

        PolicyFile.Read read = PolicyFile.read(fifo, Duration.ofMillis(500));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(read).isInstanceOf(PolicyFile.Read.Failed.class);
        List<FileProblem> problems = problems(((PolicyFile.Read.Failed) read).problems());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.UNREADABLE_FILE);
            assertThat(p.message()).contains("FIFO with no writer", "the limit");
        });
        assertThat(millis).isBetween(450L, 3_000L);
        assertThat(PolicyFile.READ_TIMEOUT).isEqualTo(Duration.ofSeconds(10)); // the documented default
    }

    @Test
    void fiveThousandDeepNestingIsRefusedWithItsPosition() {
        String yaml = "origin: " + "[".repeat(5000) + "]".repeat(5000) + "\n";

        List<FileProblem> problems = problems(PolicyFile.parse(yaml, "deep.yaml"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.YAML_SYNTAX);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(8 + PolicyFile.MAX_DEPTH); // the root mapping is level 1: this is the [ past the limit
            assertThat(p.message()).contains("deeper than " + PolicyFile.MAX_DEPTH, "the limit");
        });
    }

    @Test
    void deepBlockNestingIsRefusedToo() {
        StringBuilder yaml = new StringBuilder("origin:\n");
        for (int depth = 1; depth <= 200; depth++) {
            yaml.append("  ".repeat(depth)).append("- \n");
        }
        problems(PolicyFile.parse(yaml.toString(), "block.yaml"));
    }

    @Test
    void problemsThatConcernTheWholeFileStillHaveAPosition() throws IOException {
        Path notUtf8 = Files.write(dir.resolve("latin1.yaml"), "origin: https://caf\u00e9.example\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "\n");
        String aliases = "a: &a [x]\n" + "b: [" + "*a, ".repeat(30) + "*a]\n";

        assertThat(problems(PolicyFile.load(notUtf8))).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.UNREADABLE_FILE);
            assertThat(p.line() + ":" + p.column()).isEqualTo("1:20");
        });
        assertThat(problems(PolicyFile.load(empty))).singleElement()
                .satisfies(p -> assertThat(p.line() + ":" + p.column()).isEqualTo("1:1"));
        problems(PolicyFile.load(dir.resolve("missing.yaml")));
        problems(PolicyFile.load(dir));
        assertThat(problems(PolicyFile.parse(aliases, "aliases.yaml"))).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    /** The case: a nested quantifier, and a 32-character hostile Origin that makes a backtracker run 25 s+. */
    @Test
    void nestedQuantifierPatternsAnswerAHostileOriginInMilliseconds() {
        PolicyFile.Loaded loaded = PolicyFile.parse("origin: {pattern: '^https://(a+)+\\.example$'}\n", "redos.yaml");
        assertThat(loaded).isInstanceOf(PolicyFile.Loaded.Valid.class);
        CorsPolicy policy = ((PolicyFile.Loaded.Valid) loaded).policy();
        CorsProcessor cors = new CorsProcessor(policy);
        String hostile = "https://" + "a".repeat(24);
        assertThat(hostile).hasSize(32);

        cors.decide("GET", HeaderList.of("Origin", "https://b.example")); // class loading, not matching
        long start = System.nanoTime();
        Decision hostileDecision = cors.decide("GET", HeaderList.of("Origin", hostile));
        Decision fine = cors.decide("GET", HeaderList.of("Origin", "https://aaaa.example"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(hostileDecision).isInstanceOf(Decision.Disallowed.class);
        assertThat(fine).isInstanceOf(Decision.Actual.class);
        assertThat(millis).isLessThan(50);
    }

    @Test
    void patternsThatOnlyABacktrackerCanRunAreRefusedWithAClearReason() {
        PolicyFile.Loaded loaded = PolicyFile.parse("origin: {pattern: '^https://(a)\\1\\.example$'}\n", "backref.yaml");

        assertThat(problems(loaded)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.MALFORMED_PATTERN);
            assertThat(p.message()).contains("RE2", "linear time");
        });
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return fifo;
    }
}
