package dev.corstck.tck.cli;

import dev.corstck.tck.discovery.DiscoveryJson;
import dev.corstck.tck.discovery.DiscoveryOptions;
import dev.corstck.tck.discovery.DiscoveryReport;
import dev.corstck.tck.discovery.DiscoveryResult;
import dev.corstck.tck.discovery.DiscoveryYaml;
import dev.corstck.tck.discovery.Discoverer;
import dev.corstck.tck.probe.ProbeOptions;
import dev.corstck.tck.probe.ProbeTarget;
import dev.corstck.tck.probe.TlsTrust;
import dev.corstck.tck.probe.WireProber;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Infer a target's effective CORS policy from wire probes and print it as a policy file to review and keep:
 * {@code cors-tck discover --target URL [--path /api/x ...] [--origin https://myapp.com ...]}.
 *
 * <p>Exit codes: 0 discovery ran (whatever it found: discovery does not grade), 2 usage error, 3 a target that cannot
 * be reached or a kit error: nothing could be decided, as {@code grade} and {@code explain} say for an unreachable
 * target.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(name = "discover", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = {"Infer a target's effective CORS policy from wire probes (no policy needed) and print it as a "
                + "policy file, with comments saying what was observed. Each path is read on its own: the top-level "
                + "options are what most paths share, and a path that differs gets its own 'cors' overrides.",
                "Exit: 0 done, 2 usage error, 3 unreachable target or kit error."},
        footer = {"", "Examples:", "  cors-tck discover --target http://127.0.0.1:8080 --path /api/items",
                "  cors-tck discover --target http://127.0.0.1:8080 --path /api/items --path /api/public",
                "  cors-tck discover --target https://api.localhost --origin https://app.localhost -o policy.yaml"
                        + " --json discovery.json"})
public final class DiscoverCommand implements Callable<Integer> {

    /** What to print on standard output (or to {@code --output}). */
    enum Format { YAML, JSON }

    @Option(names = "--target", required = true, paramLabel = "URL", description = "The server to probe.")
    private String target;

    @Option(names = "--path", paramLabel = "PATH", description = "A path to probe (repeatable, at most "
            + DiscoveryOptions.MAX_PATHS + "; about 30 probes each); default /.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--origin", paramLabel = "ORIGIN",
            description = "An origin you know to be legitimate (repeatable), tried with the built-in candidates.")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml", converter = FormatConverter.class,
            description = "yaml (default: a policy file) or json.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the machine-readable report to FILE.")
    private Path json;

    // --timeout bounds one request and --run-timeout the whole command, as in grade and explain.
    @Option(names = "--run-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Bound on the whole discovery (default 60).")
    private int timeoutSeconds;

    @Option(names = {"--timeout", "--request-timeout"}, paramLabel = "SECONDS", defaultValue = "5",
            description = "Bound on each probe (default 5); --timeout is canonical, --request-timeout an alias.")
    private int requestTimeoutSeconds;

    @Option(names = "--insecure", description = "Accept any TLS certificate (self-signed test targets only).")
    private boolean insecure;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DiscoveryOptions options = options();
        ProbeOptions probe = ProbeOptions.defaults().withRequestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                .withConnectTimeout(Duration.ofSeconds(Math.min(3, requestTimeoutSeconds)))
                .withTls(insecure ? TlsTrust.TRUST_ALL_FOR_TESTING : TlsTrust.SYSTEM);
        DiscoveryResult result;
        try (WireProber prober = new WireProber(probe)) {
            result = new Discoverer(prober).discover(options);
        }
        if (result instanceof DiscoveryResult.Unreachable unreachable) {
            spec.commandLine().getErr().println("cors-tck discover: " + unreachable.message());
            spec.commandLine().getErr().flush();
            return Main.KIT_ERROR;
        }
        DiscoveryReport report = ((DiscoveryResult.Discovered) result).report();
        try {
            write(report);
        } catch (IOException e) {
            return Main.usageError(spec, "cannot write " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "cors-tck discover: %d probes (at most %d) of %d path(s) in %.1f s; origins: %s; "
                + "%d path(s) with their own cors; %d observation(s)%n", report.probes(), report.budget(),
                report.paths().size(), report.took().toMillis() / 1000.0,
                report.policy().originMode().name().toLowerCase(Locale.ROOT), report.policy().overridden().size(),
                report.observations().size());
        err.flush();
        return Main.CONFORMANT;
    }

    private DiscoveryOptions options() {
        if (timeoutSeconds < 1 || requestTimeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout and --run-timeout must be at "
                    + "least 1 second");
        }
        try {
            DiscoveryOptions options = DiscoveryOptions.of(ProbeTarget.parse(target))
                    .withTimeout(Duration.ofSeconds(timeoutSeconds)).withHints(origins);
            return paths.isEmpty() ? options : options.withPaths(paths);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, target);
        }
    }

    private void write(DiscoveryReport report) throws IOException {
        String main = format == Format.YAML ? DiscoveryYaml.render(report) : DiscoveryJson.render(report);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(main);
            out.flush();
        } else {
            Files.writeString(output, main, StandardCharsets.UTF_8);
        }
        if (json != null) {
            Files.writeString(json, DiscoveryJson.render(report), StandardCharsets.UTF_8);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
