package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.tck.catalog.RuleCatalog;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dist/cors-tck.jar} (built by {@code mvn package}) run as a user runs it: {@code java -jar}, from a directory
 * that is not the clone, so nothing it needs may come from the working directory or {@code cors.tck.home}.
 */
@Timeout(120)
class RunnableJarTests {

    /** The jar {@code mvn package} writes at the root of the clone (surefire runs in the module's directory). */
    static final Path JAR = Path.of("").toAbsolutePath().getParent().resolve("dist/cors-tck.jar");

    @TempDir
    Path elsewhere;

    @Test
    void rulesRunFromAnotherDirectory() throws Exception {
        Run r = run("rules", "--format", "json");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(new ObjectMapper().readTree(r.out).path("rules").size()).isEqualTo(RuleCatalog.all().size());
    }

    @Test
    void gradeWithoutBrowsersRunsFromAnotherDirectory() throws Exception {
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            Run r = run("grade", "--target", target.baseUrl(), "--browsers", "none", "--path", "/api/data");

            assertThat(r.exit).as(r.err).isEqualTo(Main.CONFORMANT);
            assertThat(elsewhere.resolve("cors-tck-report/report.json")).isRegularFile();
        }
    }

    @Test
    void certifyOutsideACloneSaysItNeedsOne() throws Exception {
        Run r = run("certify", "--dry-run");

        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.err).contains("certify needs a clone of the cors-tck repository");
    }

    @Test
    void theTrainingRunMakesAClassArchiveAGradeStartsFrom() throws Exception {
        // What ./cors-tck does once per build: the training run writes the archive, later runs map it. -Xshare:on
        // makes the JVM refuse to start when the archive cannot be used, instead of running without it.
        Path archive = elsewhere.resolve("cors-tck.jsa");
        Run training = java(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", JAR.toString(),
                ClassArchiveTraining.class.getName()));
        assertThat(training.exit).as(training.err).isZero();
        assertThat(archive).isNotEmptyFile();

        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            Run r = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "grade", "--target",
                    target.baseUrl(), "--browsers", "none", "--path", "/api/data"));

            assertThat(r.exit).as(r.err).isEqualTo(Main.CONFORMANT);
            assertThat(r.out).as("the grade command's classes come from the archive")
                    .contains("dev.corstck.tck.cli.GradeCommand source: shared objects file (top)")
                    .as("picocli's too (compiled for 17 in tck/picocli: Java 5 class files are never archived)")
                    .contains("picocli.CommandLine source: shared objects file (top)")
                    .as("and those of a grade's summary table (the training runs a grade without --quiet)")
                    .contains("dev.corstck.tck.grading.SummaryTable source: shared objects file (top)");
        }
    }

    @Test
    void onAJdk25TheTrainingRunMakesAnAotCacheAGradeStartsFrom() throws Exception {
        // What ./cors-tck does where a JDK 25+ is installed; -XX:AOTMode=on refuses to start without the cache.
        Optional<Path> jdk25 = jdk25();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or later in /usr/lib/jvm: ./cors-tck uses Java 17's archive there");
        Path java = jdk25.get().resolve("bin/java");
        Path cache = elsewhere.resolve("cors-tck.aot");
        Run training = java(java, List.of("-XX:AOTCacheOutput=" + cache, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", JAR.toString(), ClassArchiveTraining.class.getName()));
        assertThat(training.exit).as(training.err).isZero();
        assertThat(cache).isNotEmptyFile();

        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).start()) {
            Run r = java(java, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-Xlog:class+load=info",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "grade", "--target",
                    target.baseUrl(), "--browsers", "none", "--path", "/api/data"));

            assertThat(r.exit).as(r.err).isEqualTo(Main.CONFORMANT);
            assertThat(r.out).as("the grade command's classes come from the cache")
                    .contains("dev.corstck.tck.cli.GradeCommand source: shared objects file")
                    .as("picocli's too (compiled for 17 in tck/picocli: Java 5 class files are never cached)")
                    .contains("picocli.CommandLine source: shared objects file")
                    .as("and those of a grade's summary table (the training runs a grade without --quiet)")
                    .contains("dev.corstck.tck.grading.SummaryTable source: shared objects file");
        }
    }

    /** The first JDK home in /usr/lib/jvm whose release file says 25 or later, as ./cors-tck looks for one. */
    private static Optional<Path> jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(h -> Files.isExecutable(h.resolve("bin/java"))).filter(h -> {
                try {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)")
                            .matcher(Files.readString(h.resolve("release")));
                    return m.find() && Integer.parseInt(m.group(1)) >= 25;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return java(command);
    }

    private Run java(List<String> jvmArgs) throws IOException, InterruptedException {
        return java(Path.of(System.getProperty("java.home"), "bin", "java"), jvmArgs);
    }

    private Run java(Path java, List<String> jvmArgs) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar, built by `mvn package`").isRegularFile();
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmArgs);
        List<String> args = jvmArgs;
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!p.waitFor(100, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not end in 100 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
