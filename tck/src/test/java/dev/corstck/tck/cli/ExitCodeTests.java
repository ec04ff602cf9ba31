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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@link ExitCode} is the one list: the --help lists and tck/GRADING.md's table are rendered from it. */
class ExitCodeTests {

    private static final String BEGIN = "<!-- exit-codes:begin (generated from ExitCode: do not edit by hand) -->\n";
    private static final String END = "<!-- exit-codes:end -->";

    @Test
    void gradingMarkdownTableIsTheEnumRendered() throws IOException {
        // Surefire runs in the module directory, where GRADING.md lives.
        String doc = Files.readString(Path.of("GRADING.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(BEGIN, END);
        String table = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END));
        assertThat(table).as("tck/GRADING.md's exit-code table differs from ExitCode.markdownTable()")
                .isEqualTo(ExitCode.markdownTable());
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

    static java.util.List<String> commands() {
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
