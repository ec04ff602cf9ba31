package dev.corstck.tck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The complete {@code pom.xml} in tck/JUNIT.md works with Maven's defaults: it is extracted as written, given a
 * conformance class that grades the embedded reference target on the wire, and built with a real {@code mvn -o test}
 * in a temporary directory. Surefire must have run the engine's tests (Maven 3.8's default Surefire 2.12.4 would run
 * none and still succeed).
 *
 * <p>The kit's artifacts are this build's: a local repository in the temporary directory holds this module's
 * classes as the {@code tck} jar, the sibling modules' packaged jars ({@code ../MODULE/target}) and the poms; every
 * other artifact (JUnit, plugins) comes from the local repository this test runs with, linked in, so nothing is
 * downloaded and nothing is installed into that repository.
 */
class JunitMdPomTests {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    /** Module directory (relative to tck/) to artifact ID: the top-level siblings and the modules nested in tck/. */
    private static final Map<String, String> MODULES = Map.of("../reports", "reports",
            "../reference-impl", "reference-impl", "../browser-harness", "browser-harness",
            "simulator", "cors-tck-simulator", "prober", "cors-tck-prober", "grading", "cors-tck-grading",
            "explain", "cors-tck-explain", "junit-engine", "cors-tck-junit-engine", "fetch-model", "fetch-model",
            "picocli", "cors-tck-picocli");

    @TempDir
    Path temp;

    @Test
    void theDocumentedPomRunsTheEngineWithMavensDefaults() throws Exception {
        Path project = Files.createDirectories(temp.resolve("api-cors"));
        Files.writeString(project.resolve("pom.xml"), documentedPom());
        Files.copy(Path.of("junit-engine/src/test/resources/dev/corstck/tck/engine/demo-policy.yaml"),
                project.resolve("cors-policy.yaml"));
        Path test = Files.createDirectories(project.resolve("src/test/java/com/example"));
        Files.writeString(test.resolve("ApiCorsTest.java"), """
                package com.example;

                import dev.corstck.reference.server.DemoPolicy;
                import dev.corstck.reference.server.EmbeddedTarget;
                import dev.corstck.tck.junit.CorsConformance;
                import dev.corstck.tck.junit.CorsTarget;

                @CorsConformance(policy = "cors-policy.yaml", browsers = {})
                class ApiCorsTest implements AutoCloseable {
                    private final EmbeddedTarget server = EmbeddedTarget.builder().policy(DemoPolicy.standard())
                            .start();

                    @CorsTarget
                    String target() { return server.baseUrl(); }

                    @Override
                    public void close() { server.close(); }
                }
                """);
        Path repo = localRepository();
        Path log = temp.resolve("mvn.log");

        Process mvn = new ProcessBuilder("mvn", "-o", "-B", "-ntp", "-Dmaven.repo.local=" + repo, "test")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!mvn.waitFor(300, TimeUnit.SECONDS)) {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }

        String output = Files.readString(log);
        assertThat(mvn.exitValue()).as(output).isZero();
        Path report = project.resolve("target/surefire-reports/TEST-com.example.ApiCorsTest.xml");
        assertThat(report).as(output).isRegularFile();
        Matcher tests = Pattern.compile("tests=\"(\\d+)\"").matcher(Files.readString(report));
        assertThat(tests.find()).isTrue();
        assertThat(Integer.parseInt(tests.group(1))).as("tests the engine ran").isGreaterThan(100);
        try (Stream<Path> files = Files.walk(project.resolve("target/cors-tck"))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("report.json"))).isNotEmpty();
        }
    }

    /** The first {@code <project>} block of JUNIT.md, as written. */
    private static String documentedPom() throws IOException {
        Matcher m = Pattern.compile("(?s)```xml\\n(<project.*?</project>)\\n```")
                .matcher(Files.readString(Path.of("JUNIT.md")));
        assertThat(m.find()).as("JUNIT.md has a complete pom.xml").isTrue();
        return m.group(1);
    }

    /** A local repository with this build's kit artifacts, and everything else linked from the test's own. */
    private Path localRepository() throws IOException {
        Path own = ownRepository();
        Path repo = Files.createDirectories(temp.resolve("repo"));
        try (Stream<Path> top = Files.list(own)) {
            for (Path entry : top.filter(p -> !p.getFileName().toString().equals("dev")).toList()) {
                Files.createSymbolicLink(repo.resolve(entry.getFileName().toString()), entry);
            }
        }
        put(repo, "cors-tck-parent", "pom", Path.of("..", "pom.xml"));
        for (Map.Entry<String, String> module : MODULES.entrySet()) {
            String artifact = module.getValue();
            Path jar = Path.of(module.getKey(), "target", artifact + "-" + VERSION + ".jar");
            assertThat(jar).as("the %s module is packaged (mvn package or verify builds it before tck)", artifact)
                    .isRegularFile();
            put(repo, artifact, "jar", jar);
            put(repo, artifact, "pom", Path.of(module.getKey(), "pom.xml"));
        }
        put(repo, "tck", "jar", jarOf(Path.of("target", "classes")));
        put(repo, "tck", "pom", Path.of("pom.xml"));
        return repo;
    }

    private static void put(Path repo, String artifact, String type, Path file) throws IOException {
        Path dir = Files.createDirectories(repo.resolve("dev/corstck/" + artifact + "/" + VERSION));
        Files.copy(file, dir.resolve(artifact + "-" + VERSION + "." + type));
    }

    /** This module's compiled classes as a jar: the tck jar is packaged only after its tests. */
    private Path jarOf(Path classes) throws IOException {
        Path jar = temp.resolve("tck.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** The local repository this test runs with: where its JUnit Platform jar came from. */
    private static Path ownRepository() {
        String marker = "/org/junit/platform/junit-platform-engine/";
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            int at = entry.replace('\\', '/').indexOf(marker);
            if (at > 0) {
                return Path.of(entry.substring(0, at));
            }
        }
        throw new AssertionError("no junit-platform-engine jar on the class path to find the local repository by");
    }
}
