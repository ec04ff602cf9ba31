package dev.corstck.tck.certification;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.grading.BrowserSessions;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.grading.ReportedGrading;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Certify implementations: for each one, prepare it (JDK, stale build), then certify each configuration in turn
 * (start, {@code /health}, grade, stop), all graded through one browser harness shared by the whole run. After each
 * configuration, {@code certification.json} and the matrix page are rewritten, so an interrupted run leaves what it
 * finished. One progress line goes to the terminal when a configuration starts and one when it ends.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Certifier {

    private final CertifyOptions options;
    private final PrintStream out;

    private Certifier(CertifyOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** A certifier that prints its progress to {@code out}. */
    public static Certifier of(CertifyOptions options, PrintStream out) {
        return new Certifier(Objects.requireNonNull(options, "options must not be null"),
                Objects.requireNonNull(out, "out must not be null"));
    }

    /** Certify every configuration of {@code implementations}; return the matrix. */
    public CertificationRun certify(List<Implementation> implementations) throws IOException, InterruptedException {
        int total = implementations.stream().mapToInt(i -> i.configurations().size()).sum();
        out.println("certify: " + total + " configuration(s) of " + implementations.size() + " implementation(s), "
                + engineWords() + "; report: " + options.reportDir().toAbsolutePath().resolve("index.html"));
        if (options.engines().isEmpty()) {
            return run(implementations, total, Grader.create());
        }
        try (BrowserHarness harness = BrowserHarness.create(BrowserSessions.forScenarios(options.engines(), options.drivers(),
                plans(implementations)))) {
            return run(implementations, total, Grader.sharing(harness));
        }
    }

    private CertificationRun run(List<Implementation> implementations, int total, Grader grader)
            throws IOException, InterruptedException {
        Progress progress = new Progress(Instant.now(), total);
        ConfigurationGrader configurations = new ConfigurationGrader(grader, options, out);
        Thread hook = new Thread(configurations::stopRunning, "cors-tck-certify-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Implementation implementation : implementations) {
                certify(implementation, configurations, progress);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        CertificationRun run = new CertificationRun(write(progress, true), Duration.between(progress.started,
                Instant.now()));
        ProgressLines.summary(run, out);
        return run;
    }

    /** Prepare {@code implementation} (JDK, stale build), then certify each of its configurations in turn. */
    private void certify(Implementation implementation, ConfigurationGrader configurations, Progress progress)
            throws IOException, InterruptedException {
        Path buildLog = options.reportDir().resolve(implementation.name()).resolve("build.log");
        if (implementation.build().filter(b -> BuildStamp.isStale(implementation.folder(), b)).isPresent()) {
            out.println("       " + implementation.name() + ": building (" + implementation.build().get() + "), log "
                    + buildLog);
        }
        Preparation preparation = Preparation.of(implementation, options.jvmDir(), buildLog, options.buildTimeout());
        for (Configuration configuration : implementation.configurations()) {
            String prefix = String.format("[%d/%d] %s", ++progress.done, progress.total,
                    implementation.rowName(configuration));
            out.println(prefix + ": starting (" + implementation.ecosystem().id() + ", " + implementation.version()
                    + ")");
            ConfigurationGrader.Outcome outcome = configurations.certify(implementation, configuration, preparation);
            progress.rows.add(outcome.row());
            progress.views.put(outcome.row().name(), outcome.views());
            out.println(prefix + ": " + ProgressLines.finished(outcome.row()));
            write(progress, false);
        }
    }

    /** What a run has certified so far. */
    private static final class Progress {
        final Instant started;
        final int total;
        final List<CertifiedConfiguration> rows = new ArrayList<>();
        final Map<String, Map<String, TargetReport>> views = new LinkedHashMap<>();
        int done;

        Progress(Instant started, int total) {
            this.started = started;
            this.total = total;
        }
    }

    private CertificationDocument write(Progress progress, boolean complete) throws IOException {
        CertificationDocument document = new CertificationDocument(CertificationDocument.SCHEMA_VERSION,
                "cors-tck " + ReportedGrading.TOOL_VERSION, Instant.now().toString(), String.join(" ",
                options.commandLine()), options.engines().isEmpty() ? List.of("none")
                : options.engines().stream().map(BrowserEngine::id).toList(), progress.rows);
        CertificationJson.write(options.reportDir().resolve("certification.json"), document);
        MatrixPage.write(options.reportDir(), document, progress.views, progress.started, complete);
        return document;
    }

    /** Every scenario any configuration will run, so the shared harness maps every host they need. */
    private List<GeneratedScenario> plans(List<Implementation> implementations) {
        List<GeneratedScenario> all = new ArrayList<>();
        for (Implementation implementation : implementations) {
            for (Configuration configuration : implementation.configurations()) {
                if (GradingPolicyFile.load(configuration.policy()) instanceof GradingPolicyFile.Loaded.Valid v) {
                    all.addAll(Grader.plan(GradeRequest.builder("http://127.0.0.1:1").policy(
                            new PolicySource.Declared(v.policy())).browsers(options.engines()).build()));
                }
            }
        }
        return all;
    }

    private String engineWords() {
        return options.engines().isEmpty() ? "wire probes and the simulator only (--browsers none)"
                : "in " + String.join(", ", options.engines().stream().map(BrowserEngine::id).toList());
    }
}
