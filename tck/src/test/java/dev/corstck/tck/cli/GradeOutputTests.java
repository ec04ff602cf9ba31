package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code grade} writes where, run as a real process: {@code --format json} is the only thing on stdout; progress
 * goes to stderr as bounded lines when stdout is not a terminal; colour appears only on a terminal (a pty from
 * util-linux {@code script}) and never with {@code NO_COLOR} set.
 */
class GradeOutputTests {

    private static final String RED_FAIL = "\u001b[1;31mFAIL";
    private static EmbeddedTarget target;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS)).start();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void formatJsonIsTheOnlyThingOnStdout() throws Exception {
        Run run = run(Map.of(), false, "grade", "--target", target.baseUrl(), "--browsers", "none", "--format",
                "json", "--report", dir.resolve("r").toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out()); // the whole of stdout parses: nothing else is there
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("conformance").asText()).isEqualTo("non-conformant");
        assertThat(json.path("findings").path("FAIL").asInt()).isPositive();
        JsonNode cause = json.path("targets").path(0).path("causes").path(0);
        assertThat(json.path("targets").path(0).path("causes")).hasSize(1);
        assertThat(cause.path("id").asText()).isEqualTo("any-origin-with-credentials");
        assertThat(cause.path("fix").asText()).startsWith("(express + cors) never combine");
        assertThat(cause.path("curl").asText()).startsWith("curl --include");
        assertThat(cause.path("console").asText()).isNotBlank();
        assertThat(Path.of(json.path("report").path("sarif").asText())).isRegularFile();
        assertThat(run.err()).contains("] wire scenarios of " + target.baseUrl());
    }

    @Test
    void progressGoesToStderrAsBoundedLinesWhenStdoutIsNotATerminal() throws Exception {
        Run run = run(Map.of(), false, "grade", "--target", target.baseUrl(), "--browsers", "none", "--report",
                dir.resolve("r").toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] wire scenarios of .*")).toList();
        assertThat(lines).as("one line a tenth, not one per scenario").hasSizeBetween(2, 11);
        assertThat(lines.get(lines.size() - 1)).matches("\\[(\\d+)/\\1\\] .*");
        assertThat(run.out()).contains("1 root cause", "RESULT (counts are findings)", "      fix ")
                .doesNotContain("\u001b[", "wire scenarios of");
    }

    @Test
    void quietPrintsNothingButTheExitCodeSaysTheSame() throws Exception {
        Run run = run(Map.of(), false, "grade", "--target", target.baseUrl(), "--browsers", "none", "--quiet",
                "--report", dir.resolve("r").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws Exception {
        Run tty = run(Map.of(), true, "grade", "--target", target.baseUrl(), "--browsers", "none", "--report",
                dir.resolve("a").toString());
        Run noColor = run(Map.of("NO_COLOR", "1"), true, "grade", "--target", target.baseUrl(), "--browsers",
                "none", "--report", dir.resolve("b").toString());
        Run emptyNoColor = run(Map.of("NO_COLOR", ""), true, "grade", "--target", target.baseUrl(), "--browsers",
                "none", "--report", dir.resolve("c").toString());

        assertThat(tty.exit()).isEqualTo(1);
        assertThat(tty.out()).contains(RED_FAIL);
        assertThat(noColor.exit()).isEqualTo(1);
        assertThat(noColor.out()).contains("FAIL Every Origin").doesNotContain(RED_FAIL, "\u001b[33m");
        assertThat(emptyNoColor.out()).as("an empty NO_COLOR is not set (no-color.org)").contains(RED_FAIL);
    }

    private record Run(int exit, String out, String err) {
    }

    /** Run the CLI in a JVM of its own; with {@code tty}, under a pseudo-terminal ({@code script}), output merged. */
    private Run run(Map<String, String> env, boolean tty, String... args) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), "dev.corstck.tck.cli.Main"));
        java.addAll(List.of(args));
        List<String> command = tty ? List.of("script", "-qec", String.join(" ", java.stream()
                .map(GradeOutputTests::quote).toList()), "/dev/null") : java;
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("grade did not end in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
