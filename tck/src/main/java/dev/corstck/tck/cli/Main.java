package dev.corstck.tck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cors-tck} command line. Exit codes (fixed, see design.md): 0 conformant, 1 non-conformant, 2 usage or
 * configuration error, 3 kit error.
 */
@Command(name = "cors-tck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "CORS conformance test kit and simulator.",
        subcommands = {CommandLine.HelpCommand.class, DiffCommand.class, RulesCommand.class, DiscoverCommand.class, ServeCommand.class, GradeCommand.class, DemoCommand.class})
public final class Main implements Runnable, CommandLine.IExitCodeGenerator {

    public static final int CONFORMANT = 0;
    public static final int NON_CONFORMANT = 1;
    public static final int USAGE = 2;
    public static final int KIT_ERROR = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Run the CLI and return its exit code; never calls {@link System#exit}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : KIT_ERROR);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        return cli.execute(args);
    }

    private int mainJobExit;

    /** No subcommand: the main job on the embedded default (see {@link dev.corstck.tck.demo.MainJob}). */
    @Override
    public void run() {
        try {
            mainJobExit = dev.corstck.tck.demo.MainJob.run(java.nio.file.Path.of("cors-tck-report"),
                    java.util.List.of(dev.corstck.tck.grading.BrowserEngine.CHROMIUM), System.out);
        } catch (java.io.IOException e) {
            System.err.println("cors-tck: cannot write the report: " + e.getMessage());
            mainJobExit = KIT_ERROR;
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
