package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Grading;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.demo.MainJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's {@code checkedBy} and {@code exercisedBy} are true: established by running every check alone on the
 * main job's targets (the reference target, correct and with its four mistake profiles, wire only), never by reading
 * the sources. Each check decides only rules the catalog gives it; each graded rule is decided on those targets by its
 * check, unless the catalog names the self-test that shows it on a real server instead; and the grader, as
 * registered, decides what the checks decide.
 */
class RuleCoverageTests {

    private static final List<Attribution.Attributed> FINDINGS = new ArrayList<>();
    private static final Set<String> GRADED_IN_PIPELINE = new TreeSet<>();

    @BeforeAll
    static void gradeTheMainJobTargets() {
        List<Optional<MistakeProfile>> profiles = new ArrayList<>();
        profiles.add(Optional.empty());
        MainJob.PROFILES.forEach(p -> profiles.add(Optional.of(p)));
        for (Optional<MistakeProfile> profile : profiles) {
            try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(profile)
                    .start()) {
                GradeRequest request = GradeRequest.builder(target.baseUrl())
                        .policy(new PolicySource.Declared(MainJob.samplePolicy())).browsers(List.of()).build();
                FINDINGS.addAll(Attribution.grade(request));
                TargetReport report = Grader.create().grade(request, GradingListener.NONE);
                report.findings().stream().filter(f -> f.verdict() != Verdict.ERROR).map(Finding::ruleId)
                        .forEach(GRADED_IN_PIPELINE::add);
            }
        }
    }

    @Test
    void everyCheckedByNamesACheckThatRuns() {
        Set<String> checks = Attribution.checks(GradeRequest.builder("http://127.0.0.1:1").build()).stream()
                .map(Attribution.Check::name).collect(Collectors.toSet());
        assertThat(byCheck().values().stream().map(Grading.ByCheck::check).distinct())
                .as("checkedBy names no check of Attribution.checks (a new check class must be added there)")
                .allMatch(checks::contains);
    }

    @Test
    void eachCheckDecidesOnlyTheRulesTheCatalogGivesIt() {
        Map<String, Grading.ByCheck> byCheck = byCheck();
        List<String> wrong = new ArrayList<>();
        Attribution.decidedBy(FINDINGS).forEach((check, rules) -> rules.stream()
                .filter(r -> byCheck.get(r) == null || !byCheck.get(r).check().equals(check))
                .forEach(r -> wrong.add(r + " decided by " + check + ", catalog says "
                        + Optional.ofNullable(byCheck.get(r)).map(Grading.ByCheck::check).orElse("not graded"))));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMainJobDecidesEveryGradedRuleUnlessASelfTestIsNamed() {
        Set<String> decided = new TreeSet<>();
        Attribution.decidedBy(FINDINGS).values().forEach(decided::addAll);
        Map<String, String> problems = new TreeMap<>();
        byCheck().forEach((id, g) -> {
            boolean onMainJob = decided.contains(id);
            if (g.exercisedBy().isEmpty() && !onMainJob) {
                problems.put(id, "never decided on the main job's targets: name the self-test that exercises it");
            } else if (g.exercisedBy().isPresent() && onMainJob) {
                problems.put(id, "decided on the main job's targets: drop exercisedBy " + g.exercisedBy().get());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyNamedSelfTestExists() {
        List<String> missing = byCheck().values().stream().flatMap(g -> g.exercisedBy().stream()).distinct()
                .filter(t -> !exists("dev.corstck.tck.grading." + t)).toList();
        assertThat(missing).as("exercisedBy names no test class of dev.corstck.tck.grading").isEmpty();
    }

    @Test
    void theRegisteredGraderDecidesWhatTheChecksDecide() {
        Set<String> decided = new TreeSet<>();
        Attribution.decidedBy(FINDINGS).values().forEach(decided::addAll);
        assertThat(GRADED_IN_PIPELINE).as("rules the registered grader decides on the main job's targets")
                .containsAll(decided);
    }

    @Test
    void noMustOrSecurityRuleIsUngraded() {
        assertThat(RuleCatalog.all()).filteredOn(r -> r.level() == dev.corstck.tck.catalog.Level.MUST
                || r.level() == dev.corstck.tck.catalog.Level.SECURITY).allMatch(r -> r.grading().isGraded());
    }

    private static Map<String, Grading.ByCheck> byCheck() {
        Map<String, Grading.ByCheck> out = new TreeMap<>();
        for (Rule r : RuleCatalog.all()) {
            if (r.grading() instanceof Grading.ByCheck c) {
                out.put(r.id(), c);
            }
        }
        return out;
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
