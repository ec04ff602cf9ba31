package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.tck.certification.CertificationRun;
import dev.corstck.tck.explain.ExplainReport;
import dev.corstck.tck.grading.ReportedGrading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link ExitCode} is the one list: the --help lists and every generated block of the docs are rendered from it, and
 * no doc writes the codes out by hand.
 */
class ExitCodeTests {

    /** The repository's root: the nearest directory up from the module's that holds the launcher. */
    private static final Path ROOT = root();

    private static final Pattern BLOCK = Pattern.compile(
            "<!-- exit-codes:begin ([a-z-]+) \\(generated from ExitCode: do not edit by hand\\) -->\n(.*?)"
                    + "<!-- exit-codes:end -->", Pattern.DOTALL);
    /** A hand-written list of codes: two "`N` meaning" items on one line. */
    private static final Pattern HAND_WRITTEN = Pattern.compile("`[0-3]` [a-z].*`[0-3]` [a-z]");

    /** Set to rewrite the blocks from the enum before checking them: the one way to regenerate them. */
    private static final String REGENERATE = "cors.tck.regenerate-docs";

    @Test
    void everyGeneratedBlockIsTheEnumRendered() throws IOException {
        Map<String, String> blocks = new TreeMap<>();
        for (Path doc : docs()) {
            if (Boolean.getBoolean(REGENERATE)) {
                regenerate(doc);
            }
            Matcher m = BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String where = ROOT.relativize(doc) + " (" + m.group(1) + ")";
                blocks.put(where, m.group(1));
                assertThat(m.group(2)).as(where + " differs from ExitCode: regenerate it with "
                        + "mvn -pl tck test -Dtest=ExitCodeTests -D" + REGENERATE + "=true")
                        .isEqualTo(render(m.group(1)));
            }
        }
        assertThat(blocks).as("the docs that carry the exit codes").containsOnlyKeys("README.md (summary)",
                "tck/GRADING.md (table)", "tck/EXPLAIN.md (explain)", "certification/README.md (certify)");
    }

    @Test
    void noDocWritesTheCodesOutByHand() throws IOException {
        for (Path doc : docs()) {
            String outside = BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8)).replaceAll("");
            assertThat(outside.lines().filter(l -> HAND_WRITTEN.matcher(l).find()))
                    .as(ROOT.relativize(doc) + ": exit codes written out by hand; use a generated block").isEmpty();
        }
    }

    private static void regenerate(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String rendered = BLOCK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                text.substring(m.start(), m.start(2)) + render(m.group(1)) + text.substring(m.end(2), m.end())));
        if (!rendered.equals(text)) {
            Files.writeString(doc, rendered, StandardCharsets.UTF_8);
        }
    }

    /** The block {@code kind} names: the summary line, the table of every command, or one command's table. */
    private static String render(String kind) {
        return switch (kind) {
            case "summary" -> ExitCode.markdownSummary();
            case "table" -> ExitCode.markdownTable();
            default -> {
                assertThat(ExitCode.COMMANDS).as("a block for an undocumented command").contains(kind);
                yield ExitCode.markdownTable(kind);
            }
        };
    }

    /** Walk up, not a fixed "..": the tck's tests may sit one module deeper. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("cors-tck")) || !Files.isDirectory(dir.resolve("tck"))) {
            dir = dir.getParent();
            assertThat(dir).as("no cors-tck launcher above the working directory").isNotNull();
        }
        return dir;
    }

    /** The committed Markdown docs: none under build output or dependency folders. */
    private static List<Path> docs() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> Stream.of("target", "node_modules", ".git", ".mvn")
                            .noneMatch(skip -> ROOT.relativize(p).toString().contains(skip + "/")))
                    .toList();
        }
    }

    @Test
    void theCodesTheOtherPackagesReturnAreTheEnumsCodes() {
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3);
        assertThat(new int[] {ReportedGrading.CONFORMANT, ReportedGrading.NON_CONFORMANT, ReportedGrading.INCONCLUSIVE})
                .containsExactly(ExitCode.CONFORMANT.code(), ExitCode.NON_CONFORMANT.code(), ExitCode.KIT_ERROR.code());
        assertThat(new int[] {CertificationRun.AS_EXPECTED, CertificationRun.NOT_AS_EXPECTED,
                CertificationRun.INCONCLUSIVE})
                .containsExactly(ExitCode.CONFORMANT.code(), ExitCode.NON_CONFORMANT.code(), ExitCode.KIT_ERROR.code());
        assertThat(new int[] {ExplainReport.ALL_SUCCEED, ExplainReport.SOMETHING_BLOCKED,
                ExplainReport.NOTHING_DECIDED})
                .containsExactly(ExitCode.CONFORMANT.code(), ExitCode.NON_CONFORMANT.code(), ExitCode.KIT_ERROR.code());
    }

    static List<String> commands() {
        return ExitCode.COMMANDS;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpListsEveryCodeTheCommandReturnsWithItsMeaning(String name) {
        CommandLine root = Main.commandLine();
        CommandLine command = name.equals("cors-tck") ? root : root.getSubcommands().get(name);
        StringWriter out = new StringWriter();
        command.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        // picocli wraps at spaces and dots alike: compare without whitespace.
        String help = out.toString().replaceAll("\\s+", "");
        assertThat(help).contains("Exitcodes:");
        for (ExitCode e : ExitCode.values()) {
            e.meaning(name).ifPresent(
                    m -> assertThat(help).as(name + " " + e)
                            .contains((e.code() + m.replace("`", "")).replaceAll("\\s+", "")));
        }
    }
}
