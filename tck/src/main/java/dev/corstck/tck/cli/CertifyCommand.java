package dev.corstck.tck.cli;

import dev.corstck.tck.certification.CertificationRun;
import dev.corstck.tck.certification.Certifier;
import dev.corstck.tck.certification.CertifyOptions;
import dev.corstck.tck.certification.Implementation;
import dev.corstck.tck.certification.Implementations;
import dev.corstck.tck.certification.PublishedMatrix;
import dev.corstck.tck.grading.BrowserList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Certify the implementations of the certification matrix: {@code cors-tck certify [--only NAME,...] [--browsers
 * LIST] [--report DIR] [--publish]}. Exit 0 when every configuration got its expected verdict in every engine, 1
 * when some verdict differs (each one printed), 2 for usage or configuration errors (every problem of every
 * {@code implementation.yaml} with its line), 3 when something was inconclusive.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "certify", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Certify the CORS implementations under certification/: build, start, grade in the chosen "
                + "engines and stop each one; write certification.json and the matrix page.",
        footer = {"", "Examples:", "  cors-tck certify", "  cors-tck certify --only express-cors,flask-cors "
                + "--browsers chromium", "  cors-tck certify --browsers none --report /tmp/matrix",
                "  cors-tck certify --publish          # also rewrite certification/RESULTS.json and README.md"})
public final class CertifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--only", paramLabel = "NAME[/CONFIG],...", split = ",",
            description = "Only these implementation folders, or configurations (express-cors/documented); "
                    + "comma-separated, repeatable.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--browsers", paramLabel = "LIST", defaultValue = "chromium,firefox,webkit",
            description = "chromium, firefox, webkit, comma-separated, or none for wire probes and the simulator "
                    + "only; grid:URL, cdp:URL or ws:URL for a Chromium run elsewhere, webkit@grid:URL for a WebKit "
                    + "on a Grid, as in grade "
                    + "(default: ${DEFAULT-VALUE}).")
    private String browsers;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "certification-report",
            description = "Where certification.json, index.html and each full report go (default: ${DEFAULT-VALUE}).")
    private Path report;

    @Option(names = "--certification", paramLabel = "DIR", description = "The folder of implementation folders "
            + "(default: certification/ of the kit).")
    private Path certification;

    @Option(names = "--publish", description = "Also rewrite certification/RESULTS.json and the matrix table of "
            + "certification/README.md.")
    private boolean publish;

    @Option(names = "--dry-run", description = "Validate and list the configurations; start nothing.")
    private boolean dryRun;

    @Option(names = "--health-timeout", paramLabel = "DURATION", defaultValue = "90s",
            converter = GradeCommand.DurationConverter.class,
            description = "Longest a started server may take to answer GET /health (default: ${DEFAULT-VALUE}).")
    private Duration healthTimeout;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        BrowserList engines;
        try {
            engines = BrowserList.parse(browsers);
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, "--browsers: " + e.getMessage());
        }
        Path dir = certificationDir();
        if (!java.nio.file.Files.isDirectory(dir)) {
            // The jar carries what grade, rules and the rest need, but not the implementations' sources and scripts.
            return Main.usageError(spec, "no certification folder at " + dir.toAbsolutePath() + ": certify needs a "
                    + "clone of the cors-tck repository (its certification/ folder and tools/ scripts); run "
                    + "./cors-tck certify in the clone, or give --certification DIR");
        }
        Implementations.Loaded loaded;
        try {
            loaded = Implementations.load(dir, only.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            return Main.usageError(spec, "cannot read " + dir + ": " + e.getMessage());
        }
        if (loaded instanceof Implementations.Loaded.Invalid invalid) {
            err.println("cors-tck certify: " + invalid.messages().size() + " problem(s):");
            invalid.messages().forEach(m -> err.println("  " + m));
            err.flush();
            return Main.USAGE;
        }
        List<Implementation> implementations = ((Implementations.Loaded.Valid) loaded).implementations();
        if (dryRun) {
            implementations.forEach(i -> i.configurations().forEach(c -> System.out.println(i.rowName(c)
                    + "  expect " + c.expect().id() + "  (" + i.ecosystem().id() + ", " + i.version() + ")")));
            return Main.CONFORMANT;
        }
        Optional<String> unpublishable = publish ? PublishedMatrix.check(dir) : Optional.empty();
        if (unpublishable.isPresent()) {
            return Main.usageError(spec, "--publish: " + unpublishable.get());
        }
        CertifyOptions options = CertifyOptions.of(dir, report, List.of(), commandLine()).withBrowsers(engines)
                .withHealthTimeout(healthTimeout);
        try {
            CertificationRun run = Certifier.of(options, System.out).certify(implementations);
            System.out.println("matrix: " + report.toAbsolutePath().resolve("index.html"));
            if (publish) {
                PublishedMatrix.publish(dir, run.document());
                System.out.println("published: " + dir.resolve(PublishedMatrix.RESULTS) + ", " + dir.resolve(
                        PublishedMatrix.README));
            }
            return run.exitCode();
        } catch (IOException e) {
            return Main.usageError(spec, Main.cannotWrite(report, e));
        }
    }

    /** The certification folder: the option, or the kit's own ({@code cors.tck.home}, set by the launcher). */
    private Path certificationDir() {
        if (certification != null) {
            return certification;
        }
        String home = System.getProperty("cors.tck.home");
        return home == null ? Path.of("certification") : Path.of(home, "certification");
    }

    private List<String> commandLine() {
        List<String> args = new ArrayList<>(List.of("./cors-tck"));
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        if (given.isEmpty() || !given.get(0).equals(spec.name())) {
            args.add(spec.name());
        }
        args.addAll(publishable(given));
        return args;
    }

    /** The arguments as published: an absolute path names a folder of this machine only, so it reads {@code <dir>}. */
    static List<String> publishable(List<String> given) {
        return given.stream().map(a -> a.startsWith("/") ? "<dir>" : a.replaceFirst("=/.*", "=<dir>")).toList();
    }
}
