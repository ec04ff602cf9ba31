package dev.corstck.tck.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code mvn} run of a sample project under {@code src/it} on the private repository the plugin build installed
 * the plugin and its dependencies into (target/it-repo). What that lacks (BOMs and parent POMs) comes from the build's
 * own local repository, mirrored as a {@code file:} repository for every id: the run never reaches the network. The
 * project is copied to {@code work} (with {@code @project.version@} replaced), so each run has its own {@code target/}.
 *
 * @param exit the mvn exit code
 * @param log  everything mvn printed
 */
record SampleBuild(int exit, String log) {

    private static final long TIMEOUT_SECONDS = 120;

    private static final String SETTINGS = """
            <settings>
              <mirrors>
                <mirror>
                  <id>build-local-repository</id>
                  <url>@mirror@</url>
                  <mirrorOf>*</mirrorOf>
                </mirror>
              </mirrors>
            </settings>
            """;

    /** Copy the sample project {@code name} to {@code work}; return the copy's directory. */
    static Path copy(String name, Path work) throws IOException {
        Path from = Path.of(property("cors.tck.it.projects")).resolve(name);
        Path to = work.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.writeString(copy, Files.readString(f).replace("@project.version@",
                            property("cors.tck.it.version")));
                }
            }
        }
        // An .mvn of its own: else mvn takes the enclosing checkout's (.mvn/maven.config names another repository).
        Files.createDirectories(to.resolve(".mvn"));
        return to;
    }

    /** Run {@code mvn -B -o verify} and the given options in {@code project}. */
    static SampleBuild verify(Path project, String... options) throws IOException, InterruptedException {
        Path settings = project.resolve(".mvn/settings.xml");
        Files.writeString(settings, SETTINGS.replace("@mirror@", Path.of(property("cors.tck.it.mirror")).toUri()
                .toString()));
        List<String> command = new ArrayList<>(List.of(Path.of(property("cors.tck.it.maven-home"), "bin", "mvn")
                .toString(), "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + property("cors.tck.it.repository")));
        command.addAll(List.of(options));
        command.add("verify");
        Path log = project.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // This JVM's own Java: a JAVA_HOME naming the netns wrapper would put mvn in a namespace of its own, where
        // the target this test started on loopback cannot be reached.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        Process mvn = builder.start();
        try {
            if (!mvn.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("mvn did not end within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
            }
        } finally {
            mvn.descendants().forEach(ProcessHandle::destroy);
            mvn.destroy();
        }
        return new SampleBuild(mvn.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run these tests through the plugin module's "
                    + "plugin-builds execution (mvn verify)");
        }
        return value;
    }
}
