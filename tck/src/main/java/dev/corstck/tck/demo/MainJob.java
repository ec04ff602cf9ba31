package dev.corstck.tck.demo;

import dev.corstck.fetch.engine.BrowserEngine;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.harness.BrowserHarness;
import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Conformance;
import dev.corstck.reports.model.Report;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.tck.grading.BrowserSessions;
import dev.corstck.tck.grading.GradeRequest;
import dev.corstck.tck.grading.Grader;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.grading.ReportedGrading;
import dev.corstck.tck.grading.ReportingListener;
import dev.corstck.tck.grading.RunLimits;
import dev.corstck.tck.grading.SummaryTable;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.Endpoint;
import dev.corstck.tck.policy.GradingPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The kit's main job on the embedded default ({@code ./cors-tck} with no arguments): grade the reference target
 * under the sample policy, correct and made wrong by a few mistake profiles, in Chromium; print a summary table and
 * write the report with {@code compare.html}. It checks the kit itself, so its mistaken targets are meant to fail and
 * it never exits 1: 0 when the kit judged as it should (the correct target conformant, warnings allowed, and every
 * mistaken one non-conformant), 3 otherwise (a FAIL or ERROR on the correct target, a mistake not caught, a browser
 * that could not run). A report directory that cannot be written is an {@link IOException} (the CLI exits 2).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MainJob {

    /** The mistake profiles graded beside the correct target. */
    public static final List<MistakeProfile> PROFILES = List.of(MistakeProfile.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS,
            MistakeProfile.AUTHORIZATION_NOT_ALLOWED, MistakeProfile.PREFLIGHT_NON_2XX, MistakeProfile.DUPLICATE_ACAO);

    private MainJob() {
    }

    /** The sample policy: the demo policy, with its data endpoint and a token-protected item endpoint. */
    public static GradingPolicy samplePolicy() {
        return new GradingPolicy(DemoPolicy.standard(), List.of(
                new Endpoint("/api/data", List.of("GET", "POST"), CredentialsMode.INCLUDE, 200, List.of(),
                        BodyType.NONE),
                new Endpoint("/api/items/1", List.of("PUT", "DELETE"), CredentialsMode.INCLUDE, 200,
                        List.of("Authorization"), BodyType.JSON)), GradingPolicy.EndpointSource.DECLARED);
    }

    /** Run the main job into {@code dir}; return the exit code. */
    public static int run(Path dir, List<BrowserEngine> engines, PrintStream out) throws IOException {
        List<Optional<MistakeProfile>> profiles = new ArrayList<>();
        profiles.add(Optional.empty());
        PROFILES.forEach(p -> profiles.add(Optional.of(p)));
        List<EmbeddedTarget> targets = new ArrayList<>();
        try {
            List<GradeRequest> requests = new ArrayList<>();
            for (Optional<MistakeProfile> p : profiles) {
                EmbeddedTarget t = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(p).start();
                targets.add(t);
                requests.add(GradeRequest.builder(t.baseUrl()).label("reference target, " + p.map(
                        MistakeProfile::id).orElse("correct")).policy(new PolicySource.Declared(samplePolicy()))
                        .browsers(engines).build());
            }
            out.println("Grading the embedded reference target (correct, and " + PROFILES.size()
                    + " mistake profiles) under the sample policy" + (engines.isEmpty() ? "" : " in "
                    + String.join(", ", engines.stream().map(BrowserEngine::id).toList())) + " ...");
            Report report = grade(dir, requests, engines, out);
            SummaryTable.print(report, out, 12);
            out.println();
            out.println("report: " + dir.toAbsolutePath().resolve("index.html") + " (targets side by side: "
                    + dir.toAbsolutePath().resolve("compare.html") + ")");
            return asExpected(report) ? ReportedGrading.CONFORMANT : ReportedGrading.INCONCLUSIVE;
        } finally {
            targets.forEach(EmbeddedTarget::close);
        }
    }

    private static Report grade(Path dir, List<GradeRequest> requests, List<BrowserEngine> engines, PrintStream out)
            throws IOException {
        List<String> command = List.of("cors-tck");
        if (engines.isEmpty()) {
            return ReportedGrading.run(dir, command, requests, Grader.create(), ReportingListener.isTerminal(), out);
        }
        try (BrowserHarness harness = BrowserHarness.create(BrowserSessions.forScenarios(engines,
                Grader.plan(requests.get(0))))) {
            // All the targets' wire stages run together (the browser starts beside the first, see Grader.sharing):
            // each target's browser stage then follows the previous one without waiting for its own probes (the
            // shared grader gives the browser to one target at a time, so the evidence is the same as one by one).
            return ReportedGrading.run(dir, command, requests, Grader.sharing(harness), false, out,
                    RunLimits.DEFAULTS, requests.size());
        }
    }

    /** The correct target is conformant and every mistaken one is not. */
    static boolean asExpected(Report report) {
        List<TargetReport> targets = report.targets();
        return targets.get(0).conformance().isConformant() && targets.subList(1, targets.size()).stream()
                .allMatch(t -> t.conformance() == Conformance.NON_CONFORMANT);
    }
}
