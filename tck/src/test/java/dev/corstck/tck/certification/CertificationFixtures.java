package dev.corstck.tck.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The throwaway implementation the certify tests run ({@code fixtures/fixture-python}: Python's http.server with
 * hand-written CORS), copied into a temporary certification folder so builds and stamps never touch the sources.
 */
final class CertificationFixtures {

    /** The fixture implementation's folder name. */
    static final String FIXTURE = "fixture-python";

    private CertificationFixtures() {
    }

    /** Copy the fixture certification folder (its policy.yaml and fixture-python/) into {@code dir}; return it. */
    static Path copyTo(Path dir) {
        try {
            Path source = Path.of(CertificationFixtures.class.getResource("fixtures").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : files.toList()) {
                    Path to = dir.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Write {@code dir/<name>/implementation.yaml} from {@code lines}; return the folder. */
    static Path manifest(Path dir, String name, String... lines) {
        try {
            Path folder = Files.createDirectories(dir.resolve(name));
            Files.writeString(folder.resolve(ManifestReader.FILE_NAME), String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a valid node manifest named {@code name}, before its configurations. */
    static List<String> header(String name) {
        return List.of("name: " + name, "title: t", "ecosystem: node", "version: \"1.0\"",
                "docs: https://example.com/cors", "start: node server.js");
    }

    /** One valid configuration entry. */
    static List<String> documented() {
        return List.of("configurations:", "  - id: documented", "    title: d", "    policy: ../policy.yaml",
                "    expect: conformant");
    }

    /** The PIDs of processes running now whose command line contains {@code text}. */
    static List<Long> running(String text) {
        return ProcessHandle.allProcesses().filter(ProcStat::isRunning).filter(p -> p.info().commandLine()
                .filter(c -> c.contains(text)).isPresent()).map(ProcessHandle::pid).toList();
    }
}
