package dev.corstck.tck.cli;

import dev.corstck.reference.server.DemoPolicy;
import dev.corstck.reference.server.EmbeddedTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The training run for the kit's class-data-sharing archive: {@code ./cors-tck} runs it once per build of the jar as
 * {@code java -XX:ArchiveClassesAtExit=dist/cors-tck.jsa -cp dist/cors-tck.jar
 * dev.corstck.tck.cli.ClassArchiveTraining}, and later runs map the classes it loaded from the archive instead of
 * loading, verifying and linking them again (about a third of a cold wire-only grade). It grades an embedded target
 * wire-only the way {@code cors-tck grade --browsers none} does, with a declared policy and without one, and lists the
 * rules: the classes of the commands a short CLI run uses. It starts no browser: browser runs are long enough that
 * the JVM's start does not matter there.
 */
public final class ClassArchiveTraining {

    /** The demo policy with three endpoints, as a policy file: the shape of a typical declared grade. */
    static final String POLICY = """
            origin: [http://localhost:3000, http://127.0.0.1:3000, https://app.localhost]
            methods: [GET, POST, PUT, DELETE]
            allowedHeaders: [Content-Type, Authorization]
            exposedHeaders: [X-Request-Id]
            credentials: true
            maxAge: 600
            endpoints:
              - path: /api/data
                methods: [GET, POST]
                credentials: include
              - path: /api/items/1
                methods: [PUT, DELETE]
                headers: [Authorization]
                body: json
                credentials: include
              - path: /api/me
                methods: [GET]
            """;

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("cors-tck-cds");
        PrintStream out = System.out;
        // The commands' output is not wanted: the run is for the classes it loads.
        System.setOut(new PrintStream(PrintStream.nullOutputStream()));
        int code;
        try (EmbeddedTarget target = EmbeddedTarget.builder().policy(DemoPolicy.standard()).profile(Optional.empty())
                .start()) {
            Path policy = Files.writeString(work.resolve("policy.yaml"), POLICY);
            code = Main.run("grade", "--target", target.baseUrl(), "--policy", policy.toString(), "--browsers",
                    "none", "--report", work.resolve("declared").toString(), "--quiet");
            // Not quiet: a grade's summary table and progress lines are classes a run without --quiet loads.
            code = Math.max(code, Main.run("grade", "--target", target.baseUrl(), "--browsers", "none", "--report",
                    work.resolve("undeclared").toString()));
            Main.run("rules");
        } finally {
            System.setOut(out);
            deleteTree(work);
        }
        // A conformant target graded conformant: anything else means the training did not run the usual path.
        System.exit(code == Main.CONFORMANT ? 0 : 3);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
