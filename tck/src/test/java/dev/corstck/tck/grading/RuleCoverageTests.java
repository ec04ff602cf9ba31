package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reference.profile.MistakeProfile;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.TargetReport;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.catalog.Rule;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.tck.demo.MainJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's {@code checkedBy} and the derived {@code exercisedBy} are true: established by running every check
 * alone on the main job's targets (the reference target, correct and with its four mistake profiles, wire only), never
 * by reading the sources. Each check decides only rules it declares in {@link GradingChecks}; each graded rule has a
 * check declaring it and a test exercising it (this one on the main job's targets, or an {@code @Exercises} self-test);
 * and the grader, as registered, decides what the checks decide.
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
    void everyGradedRuleHasACheckDeclaringItAndNoOtherRuleDoes() {
        Set<String> declared = GradingChecks.declared().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> graded = allRules().stream().filter(r -> r.grading().isGraded()).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("rules a check declares in GradingChecks; the catalog marks exactly these .graded()")
                .isEqualTo(graded);
    }

    @Test
    void aCheckThatJudgesARuleItDoesNotDeclareIsRefused() {
        // GIVEN the registry's HeaderInvariants, which does not declare cors-check.acao-present
        Check headers = GradingChecks.named("HeaderInvariants").orElseThrow();
        List<Finding> out = new ArrayList<>();
        ScenarioRun run;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            run = WireRuns.of(GradeRequest.builder(target.baseUrl()).browsers(List.of()).build()).get(0);
        }
        Findings f = new Findings(GradeRequest.builder("http://127.0.0.1:1").build(), out::add).declaredBy(headers);
        // WHEN it judges that rule, THEN the finding is refused as a kit bug
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> f.judge(
                dev.corstck.tck.catalog.CorsCheckRules.ACAO_PRESENT, run).by(dev.corstck.reports.model.Engine.WIRE)
                .violatedIf(false)).withMessageContaining("HeaderInvariants judged cors-check.acao-present");
        f.judge(dev.corstck.tck.catalog.CorsCheckRules.ACAO_SINGLE, run).by(dev.corstck.reports.model.Engine.WIRE)
                .violatedIf(false);
        assertThat(out).extracting(Finding::ruleId).containsExactly("cors-check.acao-single");
    }

    @Test
    void eachCheckDecidesOnlyTheRulesItDeclares() {
        List<String> wrong = new ArrayList<>();
        Attribution.decidedBy(FINDINGS).forEach((check, rules) -> rules.stream()
                .filter(r -> GradingChecks.declaring(KitRules.find(r).orElseThrow()).stream()
                        .noneMatch(c -> c.name().equals(check)))
                .forEach(r -> wrong.add(r + " decided by " + check)));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyGradedRuleIsExercisedByATest() {
        Map<String, Set<String>> tests = exercisedBy();
        assertThat(allRules().stream().filter(r -> r.grading().isGraded()).map(Rule::id)
                .filter(id -> !tests.containsKey(id)).toList())
                .as("graded rules the main job's targets never get decided: annotate the self-test that does "
                        + "@Exercises(\"<rule id>\")").isEmpty();
    }

    @Test
    void everyExercisesAnnotationNamesAGradedRule() {
        List<String> wrong = new ArrayList<>();
        annotated().forEach((test, ids) -> ids.stream().filter(id -> KitRules.find(id)
                .filter(r -> r.grading().isGraded()).isEmpty()).forEach(id -> wrong.add(test + ": " + id)));
        assertThat(wrong).as("@Exercises IDs that are no graded rule").isEmpty();
    }

    @Test
    void everyExercisesClaimIsCitedInTheTestSource() throws IOException {
        // A claim must name a rule the test still asserts on: when a test is rewritten and stops citing a rule
        // (by ID or Rule constant), its claim goes stale and this fails, so RULES.md keeps linking real tests.
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : annotated().entrySet()) {
            Set<String> cited = RuleCitations.in(Files.readString(Path.of(sourceOf(e.getKey()))));
            e.getValue().stream().filter(id -> !cited.contains(id)).forEach(id -> stale.add(e.getKey() + ": " + id));
        }
        assertThat(stale).as("@Exercises claims their test source no longer cites").isEmpty();
    }

    @Test
    void aClaimIsCitedByIdOrRuleConstantButNotByTheAnnotationItself() {
        assertThat(RuleCitations.in("@Exercises({\"cors-check.acao-exact\", \"http-cache.preflight-vary\"})\n"
                + "class T { void t() { verdicts(f, PreflightVary.RULE); lines(f, CorsCheckRules.ACAO_SINGLE); "
                + "verdicts(f, \"expose.syntax\"); Verdict.FAIL; } }"))
                .containsExactly("cors-check.acao-single", "expose.syntax", "http-cache.preflight-vary");
    }

    @Test
    void exercisedByInTheRepositoryIsUpToDate() throws IOException {
        StringBuilder text = new StringBuilder("# Generated by RuleCoverageTests: the test classes that exercise each "
                + "graded rule. Regenerate with -Dcors.tck.regenerate=true\n");
        exercisedBy().forEach((id, tests) -> text.append(id).append('\t')
                .append(String.join(",", tests.stream().map(RuleCoverageTests::sourceOf).toList())).append('\n'));
        Path file = Path.of("grading/src/main/resources", GradingRuleLinks.EXERCISED_BY);
        if (Boolean.getBoolean("cors.tck.regenerate")) {
            Files.writeString(file, text);
        }
        assertThat(Files.readString(file)).as("%s is stale: rerun RuleCoverageTests with -Dcors.tck.regenerate=true, "
                + "then regenerate RULES.md", file).isEqualTo(text.toString());
    }

    @Test
    void everyLinkInRulesMarkdownLeadsToASourceFile() {
        // Surefire runs in the module directory, which is where RULES.md lives and its links start.
        GradingRuleLinks links = new GradingRuleLinks();
        assertThat(allRules().stream().flatMap(r -> java.util.stream.Stream.concat(links.checks(r).stream(),
                links.tests(r).stream())).map(dev.corstck.tck.catalog.RuleLinks.Source::path).distinct()
                .filter(p -> !Files.isRegularFile(Path.of(p))).toList()).isEmpty();
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

    /**
     * The test classes exercising each graded rule, derived: this class where the main job's targets get the rule
     * decided (recorded above), and each self-test whose {@code @Exercises} names it.
     */
    private static Map<String, Set<String>> exercisedBy() {
        Map<String, Set<String>> out = new TreeMap<>();
        Attribution.decidedBy(FINDINGS).values().forEach(ids -> ids.forEach(id -> out.computeIfAbsent(id,
                k -> new TreeSet<>()).add(RuleCoverageTests.class.getName())));
        annotated().forEach((test, ids) -> ids.forEach(id -> out.computeIfAbsent(id, k -> new TreeSet<>()).add(test)));
        return out;
    }

    /** The test source of {@code className}, relative to {@code tck/} (this module's directory, or a nested one's). */
    private static String sourceOf(String className) {
        String file = "src/test/java/" + className.replace('.', '/') + ".java";
        try (Stream<Path> modules = Files.list(Path.of("."))) {
            return Stream.concat(Stream.of(""), modules.filter(Files::isDirectory)
                    .map(d -> d.getFileName() + "/").sorted()).map(m -> m + file)
                    .filter(f -> Files.isRegularFile(Path.of(f))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no source for " + className));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The {@code @Exercises} IDs of every test class on the class path, by class name: this module's and the nested
     * modules' test classes (directories or test jars).
     */
    private static Map<String, List<String>> annotated() {
        Map<String, List<String>> out = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            for (String name : classNames(p)) {
                Exercises e = load(name).getAnnotation(Exercises.class);
                if (e != null) {
                    out.put(name, List.of(e.value()));
                }
            }
        }
        return out;
    }

    /** The top-level classes of {@code dev.corstck.tck} in a test-classes directory or a test jar. */
    private static List<String> classNames(Path entry) {
        String s = entry.toString();
        boolean tests = s.endsWith("test-classes") || s.endsWith("-tests.jar");
        if (!tests || !Files.exists(entry)) {
            return List.of();
        }
        try {
            List<String> files;
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    files = walk.map(entry::relativize).map(Path::toString)
                            .map(n -> n.replace(java.io.File.separatorChar, '/')).toList();
                }
            } else {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry.toFile())) {
                    files = jar.stream().map(java.util.jar.JarEntry::getName).toList();
                }
            }
            return files.stream().filter(n -> n.startsWith("dev/corstck/tck/") && n.endsWith(".class")
                    && !n.contains("$")).map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RuleCoverageTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(RuleCatalog.all());
        all.addAll(KitRules.ALL);
        return all;
    }
}
