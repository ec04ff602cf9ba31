package dev.corstck.tck.cli;

import dev.corstck.reports.diff.ReportDiff;
import dev.corstck.reports.json.ReportJson;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.text.DiffText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Compare two {@code report.json} files for regression hunting: new failures, fixed ones, changed verdicts. Exits 1
 * when the newer report has a failure the older one did not, so CI can gate on regressions.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Compare two report.json files: new failures, fixed ones, changed verdicts.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older report.json (or its directory).")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer report.json (or its directory).")
    Path newer;

    @Option(names = "--format", defaultValue = "plain", description = "plain or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("plain") && !format.equals("markdown")) {
            return Main.usageError(spec, "--format must be plain or markdown, not '" + format + "'");
        }
        Report old;
        Report neu;
        try {
            old = read(older);
            neu = read(newer);
        } catch (IOException e) { // ReportFormatException included: a wrong or newer schema is a usage error
            return Main.usageError(spec, e.getMessage());
        }
        ReportDiff diff = ReportDiff.compare(old, neu);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("markdown") ? DiffText.markdown(diff) : DiffText.plain(diff));
        out.flush();
        return diff.hasNewFailures() ? Main.NON_CONFORMANT : Main.CONFORMANT;
    }

    /** Read a {@code report.json}, or the one in the report directory {@code given} (as {@code grade --baseline}). */
    static Report read(Path given) throws IOException {
        Path file = Files.isDirectory(given) ? given.resolve("report.json") : given;
        if (!Files.isRegularFile(file)) {
            throw new IOException("no report at " + file);
        }
        return ReportJson.read(file);
    }
}
