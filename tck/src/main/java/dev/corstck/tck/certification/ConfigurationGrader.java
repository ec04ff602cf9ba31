package dev.corstck.tck.certification;

import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.grading.ReportedGrading;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Certify one configuration: start the implementation on a free loopback port with its configuration's
 * environment, wait for {@code /health}, grade it against the configuration's policy into
 * {@code <report>/<name>/<id>/}, and stop it with everything it started.
 */
final class ConfigurationGrader {

    /** A certified configuration, and the findings each engine's verdict rests on (empty when not graded). */
    record Outcome(CertifiedConfiguration row, Map<String, TargetReport> views) {
        Outcome {
            views = Map.copyOf(views);
        }
    }

    private final Grader grader;
    private final CertifyOptions options;
    private final PrintStream out;
    private final AtomicReference<ProcessTree> running = new AtomicReference<>();

    ConfigurationGrader(Grader grader, CertifyOptions options, PrintStream out) {
        this.grader = grader;
        this.options = options;
        this.out = out;
    }

    /** Stop the server being certified, if any (for a shutdown hook). */
    void stopRunning() {
        Optional.ofNullable(running.getAndSet(null)).ifPresent(ProcessTree::stop);
    }

    Outcome certify(Implementation implementation, Configuration configuration, Preparation preparation)
            throws IOException, InterruptedException {
        Path dir = options.reportDir().resolve(implementation.name()).resolve(configuration.id());
        Files.createDirectories(dir);
        Path log = dir.resolve("server.log");
        Files.deleteIfExists(log);
        long started = System.nanoTime();
        if (!preparation.problems().isEmpty()) {
            return notGraded(implementation, configuration, preparation.problems(), started, implementation.name()
                    + "/build.log");
        }
        int port = Loopback.freePort();
        Map<String, String> env = new LinkedHashMap<>(preparation.env());
        env.putAll(configuration.env());
        env.put("PORT", Integer.toString(port));
        List<String> problems = new ArrayList<>();
        Optional<TargetReport> graded = Optional.empty();
        ProcessTree server = ProcessTree.start(implementation.start(), implementation.folder(), env, log);
        running.set(server);
        try {
            Optional<String> down = Loopback.awaitHealth(server, port, options.healthTimeout());
            if (down.isPresent()) {
                problems.add(down.get() + "; the server log " + log + Preparation.lastLines(log));
            } else {
                graded = Optional.of(grade(implementation, configuration, port, dir));
            }
        } finally {
            running.set(null);
            List<Long> left = server.stop();
            if (!left.isEmpty()) {
                problems.add("processes still running after SIGKILL: " + left);
            }
        }
        if (graded.isEmpty()) {
            Files.deleteIfExists(dir.resolve("index.html"));
            Files.deleteIfExists(dir.resolve("report.json"));
            return notGraded(implementation, configuration, problems, started, href(implementation, configuration,
                    "server.log"));
        }
        Map<String, TargetReport> views = EngineViews.of(graded.get(), options.engines());
        return new Outcome(row(implementation, configuration, views, problems, started, href(implementation,
                configuration, "index.html")), views);
    }

    private TargetReport grade(Implementation implementation, Configuration configuration, int port, Path dir)
            throws IOException {
        GradingPolicy declared = ((GradingPolicyFile.Loaded.Valid) GradingPolicyFile.load(configuration.policy()))
                .policy();
        // Remedies in this implementation's own terms, unless the policy file names another.
        GradingPolicy policy = declared.implementation().isPresent() ? declared
                : declared.withImplementation(implementation.name());
        GradeRequest request = GradeRequest.builder("http://127.0.0.1:" + port).label(title(implementation,
                configuration)).policy(new PolicySource.Declared(policy)).browsers(options.engines())
                .runTimeout(options.runTimeout()).build();
        Report report = ReportedGrading.run(dir, options.commandLine(), List.of(request), grader, false, out);
        return report.targets().get(0);
    }

    private Outcome notGraded(Implementation implementation, Configuration configuration, List<String> problems,
            long started, String href) {
        Map<String, TargetReport> none = Map.of();
        return new Outcome(row(implementation, configuration, none, problems, started, href), none);
    }

    private CertifiedConfiguration row(Implementation implementation, Configuration configuration,
            Map<String, TargetReport> views, List<String> problems, long started, String href) {
        Map<String, EngineResult> engines = new LinkedHashMap<>();
        for (String key : EngineViews.keys(options.engines())) {
            TargetReport view = views.get(key);
            engines.put(key, view == null || !problems.isEmpty() ? EngineResult.notGraded() : EngineResult.of(view));
        }
        boolean matched = engines.values().stream().allMatch(e -> e.verdict() == configuration.expect());
        double seconds = Math.round((System.nanoTime() - started) / 1e8) / 10.0;
        return new CertifiedConfiguration(implementation.rowName(configuration), implementation.name(),
                configuration.id(), title(implementation, configuration), implementation.ecosystem(),
                implementation.version(), implementation.docs(), configuration.expect(), matched, engines, href,
                seconds, Instant.now().toString(), problems, unexplained(configuration, views),
                problems.isEmpty() ? missed(configuration, views) : List.of());
    }

    /** The FAIL and WARN rules of any engine that {@code explained} does not cover, as {@code rule VERDICT}. */
    static List<String> unexplained(Configuration configuration, Map<String, TargetReport> views) {
        TreeSet<String> seen = new TreeSet<>();
        for (TargetReport view : views.values()) {
            for (Finding f : view.findings()) {
                if (f.verdict() == Verdict.FAIL || f.verdict() == Verdict.WARN) {
                    seen.add(f.ruleId() + " " + f.verdict());
                }
            }
        }
        configuration.explained().forEach(e -> seen.remove(e.rule() + " " + e.verdict()));
        return List.copyOf(seen);
    }

    /** The explained rules no engine reported with their verdict: real defects the kit did not find. */
    static List<String> missed(Configuration configuration, Map<String, TargetReport> views) {
        if (views.isEmpty()) {
            return List.of();
        }
        TreeSet<String> seen = new TreeSet<>();
        views.values().forEach(v -> v.findings().forEach(f -> seen.add(f.ruleId() + " " + f.verdict())));
        TreeSet<String> missed = new TreeSet<>();
        configuration.explained().stream().map(e -> e.rule() + " " + e.verdict()).filter(k -> !seen.contains(k))
                .forEach(missed::add);
        return List.copyOf(missed);
    }

    static String title(Implementation implementation, Configuration configuration) {
        return implementation.title() + ": " + configuration.title();
    }

    private static String href(Implementation implementation, Configuration configuration, String file) {
        return implementation.name() + "/" + configuration.id() + "/" + file;
    }
}
