package dev.corstck.tck.engine.execution;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.EngineInfo;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.RunInfo;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.writer.ReportFormat;
import dev.corstck.reports.writer.ReportWriter;
import dev.corstck.tck.catalog.RulePattern;
import dev.corstck.tck.engine.baseline.BaselineComparison;
import dev.corstck.tck.engine.baseline.BaselineFile;
import dev.corstck.tck.engine.discovery.ClassSettings;
import dev.corstck.tck.grading.BrowserList;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.GradingListener;
import dev.corstck.tck.grading.RootCauseAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Grade one class's target with the {@link Grader}, write the full reports, and rewrite the baseline in update mode.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ClassGrading {

    private static final String VERSION = Optional.ofNullable(
            ClassGrading.class.getPackage().getImplementationVersion()).orElse("0.1.0-SNAPSHOT");

    private ClassGrading() {
    }

    /**
     * Grade {@code settings}' target at {@code targetUrl}. {@code narrowed} holds rule-ID globs when the run selected
     * only some rules by unique ID; they replace the class's own selection for grading. {@code scenarios} holds the
     * scenario IDs when the run selected only some tests by unique ID; only those scenarios are graded.
     *
     * @throws IOException when the baseline cannot be rewritten in update mode (reports that cannot be written are
     *                     only reported)
     */
    public static GradedClass grade(ClassSettings settings, String targetUrl, Optional<String> narrowed,
            Optional<Set<String>> scenarios) throws IOException {
        Optional<String> rules = narrowed.or(settings::rules);
        GradeRequest.Builder request = GradeRequest.builder(targetUrl).label(settings.testClass().getSimpleName())
                .policy(settings.policy()).browsers(new BrowserList(settings.browsers(), settings.drivers())).strict(settings.strict())
                .runTimeout(settings.runTimeout());
        rules.ifPresent(request::rules);
        scenarios.ifPresent(request::scenarios);
        RunInfo run = RunInfo.start(VERSION, List.of("junit", settings.testClass().getName()), engines(settings),
                settings.strict());
        AtomicInteger planned = new AtomicInteger();
        RootCauseAnalysis causes = new RootCauseAnalysis();
        GradeRequest graded = request.build();
        TargetReport report = Grader.create().grade(graded, new GradingListener() {
            @Override
            public void planned(int count, int browserCalls) {
                planned.set(count);
            }

            @Override
            public void console(String scenarioId, String line) {
                causes.console(graded.target(), scenarioId, line);
            }
        });
        // The same root causes as grade's, so the class's junit.xml and index.html name each failure's cause.
        Report full = Report.of(run.finished(Instant.now(), report.complete()),
                List.of(report.withCauses(causes.apply(report))));
        List<Path> files;
        Optional<String> reportProblem = Optional.empty();
        try {
            files = ReportWriter.of(EnumSet.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.JUNIT_XML))
                    .write(settings.reportDir(), full);
        } catch (IOException | RuntimeException e) { // the tests still run: the findings are all in memory
            files = List.of();
            reportProblem = Optional.of("not written to " + settings.reportDir().toAbsolutePath() + ": " + e);
        }
        Predicate<String> selected = selection(settings.rules());
        BaselineComparison comparison = new BaselineComparison(settings.baseline(), report.findings());
        if (settings.baselineUpdate() && settings.baseline().file().isPresent()) {
            boolean partial = rules.isPresent() || !report.complete();
            BaselineFile.write(settings.baseline().file().get(), comparison.updated(partial));
        }
        List<SectionResult> sections = ResultTree.of(report.findings(), settings.baseline(),
                settings.baselineUpdate(), selected);
        List<BrowserRun> browsers = settings.browsers().stream().map(b -> BrowserRun.of(b, report)).toList();
        return new GradedClass(report, planned.get(), sections, browsers, comparison.fixed(), files, reportProblem);
    }

    private static Predicate<String> selection(Optional<String> rules) {
        if (rules.isEmpty()) {
            return id -> true;
        }
        List<RulePattern> patterns = RulePattern.parseList(rules.get());
        return id -> patterns.stream().anyMatch(p -> p.matches(id));
    }

    private static List<EngineInfo> engines(ClassSettings settings) {
        List<EngineInfo> out = new ArrayList<>();
        out.add(new EngineInfo(Engine.WIRE, "", "raw HTTP/1.1 probes"));
        out.add(new EngineInfo(Engine.SIMULATOR, "", "the kit's model of browser CORS enforcement"));
        for (BrowserEngine b : settings.browsers()) {
            out.add(new EngineInfo(Engine.of(b), "", "real browser"));
        }
        return out;
    }
}
