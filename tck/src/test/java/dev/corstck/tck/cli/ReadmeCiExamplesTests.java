package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's CI examples work: the {@code run:} lines of its GitHub Actions block and the {@code script:} lines of
 * its GitLab CI block are run, in a fresh directory, against the reference target made wrong by one mistake
 * (reflecting any origin with credentials), and the files the later steps upload must be there.
 *
 * <p>Substituted, and only these: {@code ./cors-tck} by this build's CLI ({@code java -cp <test classpath>
 * dev.corstck.tck.cli.Main}: the launcher would rebuild the kit with Maven and provision browsers, neither of which
 * the commands are about); {@code http://127.0.0.1:8080} by the served target's loopback URL (8080 may be taken);
 * {@code cors-policy.yaml} is written beside them as the demo policy the target was meant to have.
 */
class ReadmeCiExamplesTests {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");

    @TempDir
    Path work;

    @Test
    void gitHubActionsExampleGradesAndLeavesAValidSarifToUpload() throws Exception {
        String block = ciBlocks().get(0);
        List<String> commands = matches(block, "(?m)^\\s*run: (.+)$");
        assertThat(block).contains("github/codeql-action/upload-sarif", "sarif_file: cors-tck-report/report.sarif");
        assertThat(commands).as("run: lines").isNotEmpty();

        int exit = runAll(commands);

        assertThat(exit).as("non-conformant target").isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(work.resolve("cors-tck-report/report.sarif").toFile());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode results = sarif.path("runs").path(0).path("results");
        assertThat(results).as("one result for the one mistake").hasSize(1);
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("any-origin-with-credentials");
        assertThat(results.get(0).path("locations")).isNotEmpty();
        JsonNode summary = new ObjectMapper().readTree(work.resolve("cors-tck.json").toFile());
        assertThat(summary.path("exitCode").asInt()).isEqualTo(1);
        assertThat(work.resolve(matches(block, "(?m)path: (\\S+?)\\}").get(0))).isDirectory();
    }

    @Test
    void gitLabExampleLeavesItsJUnitReportAndArtifacts() throws Exception {
        String block = ciBlocks().get(1);
        List<String> commands = new ArrayList<>();
        Matcher script = Pattern.compile("(?m)^(\\s*)script:\\n((?:\\1\\s+- .+\\n)+)").matcher(block);
        assertThat(script.find()).as("a script: list").isTrue();
        script.group(2).lines().forEach(l -> commands.add(l.replaceFirst("^\\s+- ", "")));

        int exit = runAll(commands);

        assertThat(exit).isEqualTo(1);
        String junit = matches(block, "(?m)^\\s+junit: (\\S+)$").get(0);
        NodeList failures = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(work.resolve(junit).toFile()).getElementsByTagName("failure");
        assertThat(failures.getLength()).isPositive();
        assertThat(((Element) failures.item(0)).getAttribute("message"))
                .contains("root cause any-origin-with-credentials", "fix: ");
        String paths = matches(block, "(?m)^\\s+paths: \\[(.+)\\]$").get(0);
        for (String artifact : paths.split(",\\s*")) {
            assertThat(work.resolve(artifact)).as("artifact " + artifact).isNotEmptyFile();
        }
    }

    /** The yaml blocks of the README's "In CI" section: GitHub Actions first, GitLab CI second. */
    private static List<String> ciBlocks() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## In CI");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> blocks = matches(section, BLOCK.pattern());
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0)).contains("runs-on:");
        assertThat(blocks.get(1)).contains("artifacts:");
        return blocks;
    }

    private int runAll(List<String> commands) throws Exception {
        Files.copy(Path.of("junit-engine/src/test/resources/dev/corstck/tck/engine/demo-policy.yaml"),
                work.resolve("cors-policy.yaml"));
        String cli = String.join(" ", List.of(quote(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()), "-cp", quote(System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"))), "dev.corstck.tck.cli.Main"));
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                .profile(Optional.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS)).start()) {
            int exit = 0;
            for (String command : commands) {
                String line = command.replace("./cors-tck", cli).replace("http://127.0.0.1:8080", target.baseUrl());
                Process p = new ProcessBuilder("bash", "-c", line).directory(work.toFile())
                        .redirectError(work.resolve("stderr.txt").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new AssertionError("did not end in 120 s: " + command);
                }
                exit = p.exitValue();
            }
            return exit;
        }
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
