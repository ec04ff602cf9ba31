package dev.corstck.tck.cli;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reports.model.Report;
import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.engine.discovery.RuleIds;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.grading.ReportedGrading;
import dev.corstck.tck.grading.ReportingListener;
import dev.corstck.tck.grading.RunLimits;
import dev.corstck.tck.grading.SummaryTable;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Grade a target: {@code cors-tck grade --target URL [--policy FILE] [--browsers …] [--rules GLOBS] [--strict]
 * [--report DIR] [--baseline FILE] [--timeout D] [--run-timeout D] [--parallelism N]}. Exit 0 conformant, 1 non-conformant (any FAIL,
 * even beside ERRORs or in a run cut short; with {@code --baseline}, any FAIL the baseline report does not hold), 2 usage or configuration error (every problem of a bad policy file, each
 * with its line; a rule glob that matches no rule; a report directory that cannot be written), 3 when the kit could not decide (unreachable target,
 * browser or kit disagreement: ERROR findings; an incomplete run; nothing graded).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "grade", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Grade a target's CORS: right by the Fetch standard, right by its policy, and safe.",
        footer = {"", "Examples:", "  cors-tck grade --target http://127.0.0.1:8080 --policy cors-policy.yaml",
                "  cors-tck grade --target https://api.example --browsers chromium,firefox --strict",
                "  cors-tck grade --target http://127.0.0.1:8080 --browsers none --rules 'security.*'",
                "  cors-tck grade --targets targets.txt --browsers none --parallel 4"})
public final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--target", paramLabel = "URL", description = "A target's base URL (repeatable: every target "
            + "is graded into one report).")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "A file of targets, one a line: URL "
            + "[policy-file]; # comments and blank lines allowed. Lines without a policy use --policy.")
    private Path targetsFile;

    @Option(names = "--policy", paramLabel = "FILE", description = "The policy file (YAML, Express cors option names, "
            + "plus endpoints). Without it only the Fetch invariants and the security posture are graded.")
    private Path policy;

    @Option(names = "--browsers", paramLabel = "LIST", defaultValue = "chromium",
            description = "Browsers that confirm verdicts: chromium, firefox, webkit, comma-separated, or none; "
                    + "grid:URL runs the Chromium scenarios on a Selenium Grid, webkit@grid:URL the WebKit ones "
                    + "(a Grid node relaying to WebKitWebDriver), cdp:URL in a running Chromium (remote "
                    + "debugging), ws:URL on a Playwright browser server; no Firefox through a Grid "
                    + "(default: ${DEFAULT-VALUE}).")
    private String browsers;

    @Option(names = "--rules", paramLabel = "GLOBS", description = "Only rules whose ID matches, e.g. 'preflight.*'.")
    private String rules;

    @Option(names = "--strict", description = "SHOULD rules fail instead of warning.")
    private boolean strict;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "cors-tck-report",
            description = "Report directory (default: ${DEFAULT-VALUE}).")
    private Path report;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier report.json (or its directory): "
            + "only FAILs it does not hold fail the run (exit 1); the known ones are listed, not forgiven in the report.")
    private Path baseline;

    @Option(names = "--force", description = "Write the report even into a system directory or a non-empty "
            + "directory that holds no earlier cors-tck report (refused otherwise, exit 2).")
    private boolean force;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Longest one request may take, e.g. 500ms, 5s (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--run-timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Longest the whole run may take (default: ${DEFAULT-VALUE}).")
    private Duration runTimeout;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "" + RunLimits.DEFAULT_MAX_FINDINGS,
            description = "Most findings a report keeps; a run that reaches it is cut short, exit 3 "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxFindings;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
            description = "Wire scenarios in flight at once, 1 to 64 (default: ${DEFAULT-VALUE}).")
    private int parallelism;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "With several targets and "
            + "--browsers none: targets graded at once, 1 to 16 (default: ${DEFAULT-VALUE}). With browsers, targets "
            + "share one harness and are graded one at a time.")
    private int parallel;

    @Option(names = {"--path", "--endpoint"}, paramLabel = "PATH", description = "Without --policy: a path to "
            + "probe with GET (repeatable; default /); --path is canonical, as in discover and demo.")
    private List<String> endpoints = new ArrayList<>();

    @Option(names = "--label", paramLabel = "TEXT", description = "A display name for the target in reports.")
    private String label;

    @Option(names = "--browser-path", paramLabel = "KEY=PATH", description = "Where a browser or driver is "
            + "(repeatable): chromium, chromedriver, firefox, webkit (MiniBrowser), webkit-driver; overrides "
            + "CORS_TCK_<KEY> and the Debian default (see README).")
    private java.util.Map<String, Path> browserPaths = new java.util.LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress, no summary table "
            + "(the exit code and the report say the result); --format json still prints its JSON.")
    private boolean quiet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "What standard output "
            + "gets: text (the summary: one line per root cause with its fix, then the finding counts) or json (the "
            + "same as one JSON document, and nothing else; see tck/GRADING.md). Progress goes to standard error as "
            + "lines when standard output is not a terminal; colour only on a terminal, never with NO_COLOR set.")
    private String format;

    @Override
    public Integer call() {
        List<GradeRequest> requests = new ArrayList<>();
        try {
            BrowserPathOption.apply(browserPaths);
            List<TargetsFile.Target> named = named(spec.commandLine().getErr());
            if (named == null) {
                return Main.USAGE;
            }
            if (label != null && named.size() > 1) {
                throw new IllegalArgumentException("--label names one target; with several, each is labelled by its URL");
            }
            for (TargetsFile.Target t : named) {
                PolicySource source = policySource(t.policy().orElse(policy), spec.commandLine().getErr());
                if (source == null) {
                    return Main.USAGE;
                }
                GradeRequest.Builder builder = GradeRequest.builder(t.url())
                        .label(label == null ? t.url() : label).policy(source)
                        .browsers(BrowserList.parse(browsers)).strict(strict).requestTimeout(timeout)
                        .runTimeout(runTimeout).parallelism(parallelism);
                GradeRequest request = (rules == null ? builder : builder.rules(rules)).build();
                request.rules().ifPresent(GradeCommand::requireKnownRules);
                requests.add(request);
            }
            if (parallel < 1 || parallel > 16) {
                throw new IllegalArgumentException("--parallel must be 1 to 16: " + parallel);
            }
            if (maxFindings < 1) {
                throw new IllegalArgumentException("--max-findings must be at least 1: " + maxFindings);
            }
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        if (!format.equals("text") && !format.equals("json")) {
            return Main.usageError(spec, "--format must be text or json: " + format);
        }
        boolean json = format.equals("json");
        boolean terminal = ReportingListener.isTerminal();
        Optional<String> refused = ReportDirectory.refusal(report, force);
        if (refused.isPresent()) {
            return Main.usageError(spec, "--report: " + refused.get());
        }
        Optional<Report> known;
        try {
            known = baseline == null ? Optional.empty() : Optional.of(BaselineGate.read(baseline));
        } catch (IOException e) { // ReportFormatException included, as in diff
            return Main.usageError(spec, "--baseline: " + e.getMessage());
        }
        PrintStream out = main.out();
        Report result;
        try {
            // A bar on a terminal's stdout; progress lines on stderr otherwise (logs, CI), so stdout keeps the result.
            // Embedded (the Maven plugin): progress lines on the host's stream, which is its build log.
            boolean embedded = main.isEmbedded();
            boolean bar = terminal && !json && !embedded;
            PrintStream progressTo = embedded ? out : bar ? System.out : System.err;
            RunLimits limits = embedded ? new RunLimits(maxFindings, false) : RunLimits.command(maxFindings);
            result = MultiTargetGrade.run(report, commandLine(), requests, !quiet && !(embedded && json), progressTo,
                    limits, parallel);
        } catch (IOException e) {
            return Main.usageError(spec, Main.cannotWrite(report, e));
        }
        int exit = MultiTargetGrade.exitCode(result); // the same code with --quiet, --format json or not
        Optional<BaselineGate> gate = known.map(k -> BaselineGate.apply(exit, k, result));
        int decided = gate.map(BaselineGate::exitCode).orElse(exit);
        if (json) {
            out.println(GradeSummaryJson.of(result, decided, report));
            return decided;
        }
        if (quiet) {
            return decided;
        }
        SummaryTable.print(result, out, 20, Colour.enabled(terminal && !main.isEmbedded(), System.getenv()));
        out.println();
        out.println("report: " + report.toAbsolutePath().resolve("index.html"));
        gate.ifPresent(g -> out.print(g.text(baseline)));
        return decided;
    }

    /** The --target URLs, then the --targets file's; null (after printing every problem) when the file is bad. */
    private List<TargetsFile.Target> named(PrintWriter err) {
        List<TargetsFile.Target> named = new ArrayList<>();
        targets.forEach(t -> named.add(new TargetsFile.Target(t, Optional.empty())));
        if (targetsFile != null) {
            TargetsFile.Read read = TargetsFile.read(targetsFile);
            if (read instanceof TargetsFile.Read.Invalid invalid) {
                err.println("cors-tck grade: the targets file " + targetsFile + " has " + invalid.problems().size()
                        + " problem(s):");
                invalid.problems().forEach(m -> err.println("  " + m));
                return null;
            }
            named.addAll(((TargetsFile.Read.Valid) read).targets());
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("name a target: --target URL (repeatable) or --targets FILE");
        }
        return named;
    }

    /** The declared policy, or the endpoints to probe without one; null (after printing why) when invalid. */
    private PolicySource policySource(Path policy, PrintWriter err) {
        if (policy == null) {
            List<String> paths = endpoints.isEmpty() ? List.of("/") : endpoints;
            return new PolicySource.Undeclared(paths.stream().map(p -> Endpoint.get(p, CredentialsMode.OMIT)).toList());
        }
        GradingPolicyFile.Loaded loaded = GradingPolicyFile.load(policy);
        if (loaded instanceof GradingPolicyFile.Loaded.Invalid invalid) {
            err.println("cors-tck grade: the policy file " + policy + " has " + invalid.messages().size()
                    + " problem(s):");
            invalid.messages().forEach(m -> err.println("  " + m));
            return null;
        }
        return new PolicySource.Declared(((GradingPolicyFile.Loaded.Valid) loaded).policy());
    }

    /** A glob that matches no rule is a usage error, as in {@code rules} and the JUnit engine: never an empty run. */
    private static void requireKnownRules(String globs) {
        RulePattern.parseList(globs).stream().map(RuleIds::matchesNone).flatMap(Optional::stream).findFirst()
                .ifPresent(m -> {
                    throw new IllegalArgumentException("--rules: " + m);
                });
    }

    private List<String> commandLine() {
        // originalArgs are the whole command line's, the subcommand's name included: record it once.
        List<String> args = new ArrayList<>(List.of("cors-tck"));
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        return args;
    }

    /** Read {@code 500ms}, {@code 5s}, {@code 2m} or an ISO-8601 duration ({@code PT5S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt")) {
                    return Duration.parse(value.strip());
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> throw new NumberFormatException();
                };
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 5s,"
                        + " 2m or PT5S");
            }
        }
    }
}
