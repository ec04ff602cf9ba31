package dev.corstck.tck.engine.discovery;

import dev.corstck.reference.policy.FileProblem;
import dev.corstck.tck.grading.PolicySource;
import dev.corstck.tck.policy.EndpointProblem;
import dev.corstck.tck.policy.GradingPolicyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Load a class's policy file, from a path or {@code classpath:}, and report each of its problems as a discovery issue
 * pointing at the file, line and column.
 */
final class PolicyLoader {

    static final String CLASSPATH = "classpath:";

    private final DiscoveryIssueReporter reporter;

    PolicyLoader(DiscoveryIssueReporter reporter) {
        this.reporter = reporter;
    }

    /** Load {@code name} for {@code testClass}; empty when it has problems (all reported). */
    Optional<PolicySource> load(String name, Class<?> testClass) {
        GradingPolicyFile.Loaded loaded;
        if (name.startsWith(CLASSPATH)) {
            String resource = name.substring(CLASSPATH.length()).replaceFirst("^/", "");
            Optional<String> text = readResource(resource, testClass);
            if (text.isEmpty()) {
                report("policy file " + name + " is not on the test class path of " + testClass.getName(),
                        ClasspathResourceSource.from(resource));
                return Optional.empty();
            }
            loaded = GradingPolicyFile.parse(text.get(), name);
        } else {
            loaded = GradingPolicyFile.load(Path.of(name));
        }
        if (loaded instanceof GradingPolicyFile.Loaded.Valid valid) {
            return Optional.of(new PolicySource.Declared(valid.policy()));
        }
        GradingPolicyFile.Loaded.Invalid invalid = (GradingPolicyFile.Loaded.Invalid) loaded;
        for (FileProblem p : invalid.corsProblems()) {
            report("policy " + p, source(name, p.line(), p.column()));
        }
        for (EndpointProblem p : invalid.endpointProblems()) {
            report("policy " + p, source(name, p.line(), p.column()));
        }
        return Optional.empty();
    }

    private void report(String message, TestSource source) {
        reporter.reportIssue(DiscoveryIssue.builder(Severity.ERROR, message).source(source));
    }

    /** The file (or class-path resource) at a position; lines and columns of 0 mean the whole file. */
    static TestSource source(String name, int line, int column) {
        Optional<FilePosition> position = line <= 0 ? Optional.empty()
                : Optional.of(column > 0 ? FilePosition.from(line, column) : FilePosition.from(line));
        if (name.startsWith(CLASSPATH)) {
            String resource = name.substring(CLASSPATH.length()).replaceFirst("^/", "");
            return position.map(p -> ClasspathResourceSource.from(resource, p))
                    .orElseGet(() -> ClasspathResourceSource.from(resource));
        }
        FileSource file = FileSource.from(Path.of(name).toAbsolutePath().toFile());
        return position.map(file::withPosition).orElse(file);
    }

    private static Optional<String> readResource(String resource, Class<?> testClass) {
        ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
