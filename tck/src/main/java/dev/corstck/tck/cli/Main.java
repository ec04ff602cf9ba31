package dev.corstck.tck.cli;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.tck.demo.MainJob;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code cors-tck} command line; its exit codes are {@link ExitCode}. With no command it runs the main job
 * ({@link MainJob}), a self-check whose mistaken targets are meant to fail: it exits 0 when the kit judged all of its
 * targets as it should, 3 when not.
 *
 * <p>No command has {@code @Command} methods, and each {@code @Command} says so ({@code addMethodSubcommands = false}):
 * otherwise picocli reflects over every method of every command, and their annotations, looking for some, about a
 * quarter of the CPU time of building a cold run's command line.
 */
@Command(name = "cors-tck", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Main.Version.class,
        description = "CORS conformance test kit and simulator.") // plus the main job's and SUBCOMMANDS, see commandLine()
public final class Main implements Runnable, CommandLine.IExitCodeGenerator {

    /** Exit code: conformant; for the main job, every target judged as expected. */
    public static final int CONFORMANT = ExitCode.CONFORMANT.code();
    /** Exit code: at least one FAIL. */
    public static final int NON_CONFORMANT = ExitCode.NON_CONFORMANT.code();
    /** Exit code: usage or configuration error. */
    public static final int USAGE = ExitCode.USAGE.code();
    /** Exit code: the kit could not decide, or failed. */
    public static final int KIT_ERROR = ExitCode.KIT_ERROR.code();

    /** The subcommands, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, DiffCommand.class,
            RulesCommand.class, DiscoverCommand.class, ServeCommand.class, GradeCommand.class, DemoCommand.class,
            CertifyCommand.class, ExplainCommand.class);

    /** The main job's report directory, in the working directory. */
    static final String MAIN_JOB_REPORT = "cors-tck-report";

    public static void main(String[] args) {
        Signals.install(args.length == 0 ? "" : args[0]);
        System.exit(run(args));
    }

    /** Run the CLI and return its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        return commandLine(new Main(System.out, false), args).execute(args);
    }

    /**
     * Run the CLI inside a host process (a build tool such as the Maven plugin) and return its exit code: what a
     * command prints goes to {@code out} and {@code err} rather than the process's streams, no progress bar is drawn,
     * and {@code grade}'s run timeout counts from the command's start, not the host's. Never calls
     * {@link System#exit}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static int runEmbedded(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = commandLine(new Main(out, true), args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /**
     * The command line for {@code args} with the kit's exit codes: 2 for bad input, 3 for anything the commands
     * throw; with no arguments, every subcommand.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(new Main(System.out, false), args);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, that subcommand alone (picocli
     * builds each command's model by reflection, about a tenth of a second of a short run for all of them, and
     * {@code cors-tck grade ...} parses, helps and fails the same with its siblings absent); else all of them.
     */
    private static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        String first = args.length == 0 ? "" : args[0];
        Optional<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).findFirst();
        if (named.isPresent()) {
            cli.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
            describeMainJob(cli);
        }
        ExitCode.applyTo(cli); // every --help footer from the one list
        cli.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : KIT_ERROR);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        return cli;
    }

    /** The top-level usage's description: what the main job (no command) does. */
    private static void describeMainJob(CommandLine cli) {
        cli.getCommandSpec().usageMessage().description("CORS conformance test kit and simulator.", "",
                "With no command: the main job. Grades the embedded reference target under the sample policy in "
                        + "Chromium, correct and made wrong by " + MainJob.PROFILES.size() + " mistake profiles ("
                        + String.join(", ", MainJob.PROFILES.stream().map(MistakeProfile::id).toList())
                        + "), prints a summary table and writes the report to ./" + MAIN_JOB_REPORT
                        + " (index.html, report.json, junit.xml, compare.html). It checks the kit itself: its exit "
                        + "code says whether the correct target came out conformant and every mistaken one "
                        + "non-conformant.");
    }

    /** Print {@code cors-tck <command>: <message>} on the command's error stream; return the usage exit code (2). */
    static int usageError(CommandSpec command, String message) {
        PrintWriter err = command.commandLine().getErr();
        err.println("cors-tck " + command.name() + ": " + message);
        err.flush();
        return USAGE;
    }

    /** The message for a report directory that cannot be written: a configuration error (exit 2). */
    static String cannotWrite(Path dir, IOException e) {
        return "cannot write the report to " + dir.toAbsolutePath() + ": " + e;
    }

    private int mainJobExit;

    /** Where commands print tables and progress: {@code System.out}, or a host's stream when embedded. */
    private final PrintStream out;
    /** Whether a host process runs the CLI ({@link #runEmbedded}). */
    private final boolean embedded;

    private Main(PrintStream out, boolean embedded) {
        this.out = out;
        this.embedded = embedded;
    }

    /** The stream commands print tables and progress on. */
    PrintStream out() {
        return out;
    }

    /** Answer whether a host process runs the CLI: no progress bar, timeouts from the command's start. */
    boolean isEmbedded() {
        return embedded;
    }

    /** No subcommand: the main job on the embedded default (see {@link MainJob}). */
    @Override
    public void run() {
        Path dir = Path.of(MAIN_JOB_REPORT);
        java.util.Optional<String> refused = ReportDirectory.refusal(dir, false);
        if (refused.isPresent()) {
            System.err.println("cors-tck: " + refused.get());
            mainJobExit = USAGE;
            return;
        }
        try {
            mainJobExit = MainJob.run(dir, List.of(BrowserEngine.CHROMIUM), System.out);
        } catch (IOException e) {
            System.err.println("cors-tck: " + cannotWrite(dir, e));
            mainJobExit = USAGE;
        }
    }

    @Override
    public int getExitCode() {
        return mainJobExit;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cors-tck " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
