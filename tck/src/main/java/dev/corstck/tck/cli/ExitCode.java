package dev.corstck.tck.cli;

import dev.corstck.tck.grading.ReportedGrading;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The kit's exit codes (fixed: scripts depend on them) and what each command means by them: the one source for every
 * command's {@code --help} footer ({@link #applyTo}) and for the generated blocks of the docs (the README's summary,
 * tck/GRADING.md's table, one command's table in EXPLAIN.md and certification/README.md), which ExitCodeTests keeps
 * equal to it. A command that never returns a code has no text for it.
 */
public enum ExitCode {

    CONFORMANT(ReportedGrading.CONFORMANT, "conformant", Map.of(
            "grade", "Conformant. Warnings from SHOULD rules are allowed.",
            "cors-tck", "The kit judged every target as it should: the correct one conformant (warnings allowed), "
                    + "each mistaken one non-conformant.",
            "discover", "The policy was inferred and written.",
            "demo", "Every client was shown.",
            "certify", "Every configuration got the verdict its `implementation.yaml` expects, in every engine.",
            "explain", "Every request explained would succeed.",
            "diff", "NEW holds no FAIL that OLD does not.",
            "rules", "The selected rules were listed.",
            "serve", "Stopped normally (or `--list-profiles`).")),

    NON_CONFORMANT(ReportedGrading.NON_CONFORMANT, "non-conformant", Map.of(
            "grade", "Non-conformant: at least one FAIL. A FAIL decides even beside ERRORs of the same target, and in a run "
                    + "cut short; with several targets, 1 only when every target was decided; with `--baseline`, only a FAIL "
                    + "the baseline report does not hold.",
            "cors-tck", "Never: its mistaken targets are meant to fail.",
            "demo", "Never: the demo shows, it does not grade.",
            "certify", "Some configuration got a (decided) verdict other than the expected one; each is printed. A "
                    + "decided difference wins over an inconclusive row elsewhere, as a FAIL does in `grade`.",
            "explain", "Something is blocked, in any profile (the spec profile counts: \"fails the spec, passes in "
                    + "current browsers\" is a block), or the recording browser blocked it though the HAR lacks why.",
            "diff", "A new failure: NEW holds a FAIL that OLD does not.")),

    USAGE(2, "usage or configuration error", Map.of(
            "grade", "Usage or configuration error: a bad option, a bad policy file (every problem as "
                    + "`file:line:column: message`), a `--rules` glob that matches no rule (with a \"did you mean\"), "
                    + "an unreadable `--baseline` report, a bad line in a `--targets` file (with `file:line`), a "
                    + "`--report` directory that cannot be written, or that is refused: a system directory, or a "
                    + "non-empty directory holding no earlier cors-tck report, unless `--force`.",
            "cors-tck", "The report directory `./cors-tck-report` cannot be written.",
            "discover", "A bad option, or an output file that cannot be written.",
            "demo", "A bad `--target`, `--origin`, `--path` or `--browsers`.",
            "certify", "Usage or configuration error: a bad option, no certification folder, an invalid "
                    + "`implementation.yaml` or policy file (every problem as `file:line:column: message`), an "
                    + "`--only` name with no folder, `--publish` without the table markers, a report directory that "
                    + "cannot be written.",
            "explain", "Bad input: an unreadable HAR names the problem and where (`line 2, column 32: not JSON: ...` "
                    + "or `log.entries[0].request.url: missing or not a string`), a bad option or curl line.",
            "diff", "A bad option, or a file that is not a readable `report.json` (a wrong or newer schema included).",
            "rules", "A bad option, or a `--rules` or `--level` selection that no rule matches.",
            "serve", "Invalid policy, unknown profile, non-loopback host or port in use.")),

    KIT_ERROR(ReportedGrading.INCONCLUSIVE, "the kit could not decide", Map.of(
            "grade", "The kit could not decide: some finding is ERROR (unreachable or hanging target, a target stuck "
                    + "in a redirect loop, a browser that could not run, a confirmation that was asked for and could "
                    + "not be made, a simulator/browser disagreement), the run was cut short (`--run-timeout`, "
                    + "`--max-findings`, Ctrl-C or SIGTERM: the report is written marked incomplete), or nothing was "
                    + "graded (e.g. `--rules` selecting rules that never applied to this target); with several targets,"
                    + " any one target that could not be decided.",
            "cors-tck", "A target not judged as expected: a FAIL or ERROR on the correct target, a mistake not "
                    + "caught, or a browser that could not run (Chromium missing leaves the correct target "
                    + "inconclusive).",
            "discover", "The target did not answer.",
            "demo", "Something could not be shown: the target did not answer the plain client, or a browser could "
                    + "not run the call.",
            "certify", "Nothing decided differs, but something was inconclusive: a server that did not build or "
                    + "start, a `/health` that never answered, ERROR findings, a browser that could not run, a "
                    + "simulator/browser disagreement.",
            "explain", "Nothing could be decided (the input holds too little, the server did not answer, nothing "
                    + "cross-origin to explain).",
            "diff", Text.KIT_FAILED,
            "rules", Text.KIT_FAILED,
            "serve", Text.KIT_FAILED));

    /** The commands whose exit codes are documented: every command that returns one, in the docs' row order. */
    static final List<String> COMMANDS =
            List.of("grade", "cors-tck", "discover", "demo", "certify", "explain", "diff", "rules", "serve");

    private final int code;
    private final String summary;
    private final Map<String, String> meanings;

    ExitCode(int code, String summary, Map<String, String> meanings) {
        this.code = code;
        this.summary = summary;
        this.meanings = meanings;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** What every command means by this code, in a few words. */
    String summary() {
        return summary;
    }

    /** What {@code command} means by this code; empty when it never returns it. */
    Optional<String> meaning(String command) {
        return Optional.ofNullable(meanings.get(command));
    }

    /** Set the exit-code list of {@code cli} and of each documented subcommand from this enum. */
    static void applyTo(CommandLine cli) {
        help(cli);
        cli.getSubcommands().values().forEach(ExitCode::help);
    }

    private static void help(CommandLine command) {
        String name = command.getCommandName();
        if (!COMMANDS.contains(name)) {
            return;
        }
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode e : values()) {
            e.meaning(name).ifPresent(m -> list.put(Integer.toString(e.code), m.replace("`", "")));
        }
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
    }

    /** The one-line Markdown summary of the codes, as the README gives it. */
    static String markdownSummary() {
        return "Exit codes: " + String.join(", ", Arrays.stream(values())
                .map(e -> "`" + e.code + "` " + e.summary).toList()) + ".\n";
    }

    /** The Markdown table of tck/GRADING.md: one row per documented command, one column per code. */
    static String markdownTable() {
        StringBuilder out = new StringBuilder("| Command |");
        Arrays.stream(values()).forEach(e -> out.append(" `").append(e.code).append("` ").append(e.summary)
                .append(" |"));
        out.append('\n').append("|---|").append("---|".repeat(values().length)).append('\n');
        COMMANDS.forEach(c -> {
            out.append("| ").append(c.equals("cors-tck") ? "`./cors-tck` (main job)" : "`" + c + "`").append(" |");
            Arrays.stream(values()).forEach(e -> out.append(' ').append(e.meaning(c).orElse("—")).append(" |"));
            out.append('\n');
        });
        return out.toString();
    }

    /** The Markdown table of one command's codes, for the doc that describes that command. */
    static String markdownTable(String command) {
        StringBuilder out = new StringBuilder("| Code | `" + command + "` |\n|---|---|\n");
        Arrays.stream(values()).forEach(e -> e.meaning(command)
                .ifPresent(m -> out.append("| ").append(e.code).append(" | ").append(m).append(" |\n")));
        return out.toString();
    }

    /** Shared texts, in a holder class because enum constants cannot name the enum's own static fields. */
    private static final class Text {
        static final String KIT_FAILED = "An error inside the kit (printed with its stack trace), as in every command.";
    }
}
