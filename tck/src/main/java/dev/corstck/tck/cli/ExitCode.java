package dev.corstck.tck.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The kit's exit codes (fixed by design.md) and what each command means by them: the one source for every
 * command's {@code --help} footer ({@link #applyTo}) and for the table in tck/GRADING.md ({@link #markdownTable},
 * kept equal by ExitCodeTests). A command that never returns a code has no text for it.
 */
public enum ExitCode {

    CONFORMANT(0, Map.of(
            "grade", "Conformant. Warnings from SHOULD rules are allowed.",
            "cors-tck", "The kit judged every target as it should: the correct one conformant (warnings allowed), "
                    + "each mistaken one non-conformant.",
            "demo", "Every client was shown.",
            "certify", "Every configuration got the verdict its `implementation.yaml` expects, in every engine.",
            "explain", "Every request explained would succeed.",
            "serve", "Stopped normally (or `--list-profiles`).")),

    NON_CONFORMANT(1, Map.of(
            "grade", "Non-conformant: at least one FAIL. A FAIL decides even beside ERRORs of the same target, and in a run "
                    + "cut short; with several targets, 1 only when every target was decided; with `--baseline`, only a FAIL "
                    + "the baseline report does not hold.",
            "cors-tck", "Never: its mistaken targets are meant to fail.",
            "demo", "Never: the demo shows, it does not grade.",
            "certify", "Some configuration got a (decided) verdict other than the expected one; each is printed.",
            "explain", "Something is blocked (in any profile).")),

    USAGE(2, Map.of(
            "grade", "Usage or configuration error: a bad option, a bad policy file (every problem as "
                    + "`file:line:column: message`), a `--rules` glob that matches no rule (with a \"did you mean\"), "
                    + "a `--report` directory that cannot be written, or that is refused: a system directory, or a "
                    + "non-empty directory holding no earlier cors-tck report, unless `--force`.",
            "cors-tck", "The report directory `./cors-tck-report` cannot be written.",
            "demo", "A bad `--target`, `--origin`, `--path` or `--browsers`.",
            "certify", "Usage or configuration error: a bad option, an invalid `implementation.yaml` (every problem "
                    + "with its line), an `--only` name with no folder, a report directory that cannot be written.",
            "explain", "Bad input: an unreadable HAR (the problem and where), a bad option or curl line.",
            "serve", "Invalid policy, unknown profile, non-loopback host or port in use.")),

    KIT_ERROR(3, Map.of(
            "grade", "The kit could not decide: some finding is ERROR (unreachable or hanging target, a target stuck "
                    + "in a redirect loop, a browser that could not run, a confirmation that was asked for and could "
                    + "not be made, a simulator/browser disagreement), the run was cut short (`--run-timeout`, "
                    + "`--max-findings`, Ctrl-C or SIGTERM: the report is written marked incomplete), or nothing was "
                    + "graded (e.g. `--rules` selecting rules that never applied to this target); with several targets,"
                    + " any one target that could not be decided.",
            "cors-tck", "A target not judged as expected: a FAIL or ERROR on the correct target, a mistake not "
                    + "caught, or a browser that could not run (Chromium missing leaves the correct target "
                    + "inconclusive).",
            "demo", "Something could not be shown: the target did not answer the plain client, or a browser could "
                    + "not run the call.",
            "certify", "Something was inconclusive: a server that did not build or start, ERROR findings, a browser "
                    + "that could not run, a simulator/browser disagreement.",
            "explain", "Nothing could be decided (the input holds too little, the server did not answer, nothing to "
                    + "explain)."));

    /** The commands whose exit codes are documented, in the docs table's column order. */
    static final List<String> COMMANDS = List.of("grade", "cors-tck", "demo", "certify", "explain", "serve");

    private final int code;
    private final Map<String, String> meanings;

    ExitCode(int code, Map<String, String> meanings) {
        this.code = code;
        this.meanings = meanings;
    }

    /** The process exit status. */
    public int code() {
        return code;
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

    /** The Markdown table of tck/GRADING.md: one row per code, one column per documented command. */
    static String markdownTable() {
        StringBuilder out = new StringBuilder("| Code |");
        COMMANDS.forEach(c -> out.append(" `").append(c.equals("cors-tck") ? "./cors-tck` (main job)" : c + "`")
                .append(" |"));
        out.append('\n').append("|---|").append("---|".repeat(COMMANDS.size())).append('\n');
        Arrays.stream(values()).forEach(e -> {
            out.append("| ").append(e.code).append(" |");
            COMMANDS.forEach(c -> out.append(' ').append(e.meaning(c).orElse("—")).append(" |"));
            out.append('\n');
        });
        return out.toString();
    }
}
