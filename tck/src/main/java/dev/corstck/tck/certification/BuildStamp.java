package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whether a folder's {@code build} must run again. The stamp, {@code <folder>/.cors-tck-build.stamp}, holds the build
 * command and is written when the build succeeds; it is stale when it is missing, names another command, or a source
 * file of the folder is newer. Sources are the files git would commit there (tracked, or untracked and not ignored,
 * so build output listed in the folder's {@code .gitignore} never counts); outside a git work tree, every file except
 * those under {@link #OUTPUT_DIRS} and hidden directories. {@code tools/provision-certification} applies the same rule.
 */
final class BuildStamp {

    /** The stamp's file name (ignored by {@code certification/.gitignore}). */
    static final String FILE = ".cors-tck-build.stamp";
    /** Directories never counted as sources outside a git work tree. */
    static final Set<String> OUTPUT_DIRS = Set.of("node_modules", "target", "__pycache__", "build", "dist");

    private BuildStamp() {
    }

    /** Answer whether {@code build} must run in {@code folder}. */
    static boolean isStale(Path folder, String build) {
        Path stamp = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp, StandardCharsets.UTF_8).strip()
                    .equals(build.strip())) {
                return true;
            }
            FileTime built = Files.getLastModifiedTime(stamp);
            for (Path source : sources(folder)) {
                if (Files.isRegularFile(source) && Files.getLastModifiedTime(source).compareTo(built) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Record that {@code build} succeeded in {@code folder} now. */
    static void write(Path folder, String build) throws IOException {
        Files.writeString(folder.resolve(FILE), build.strip() + "\n", StandardCharsets.UTF_8);
    }

    private static List<Path> sources(Path folder) throws IOException {
        Optional<List<Path>> tracked = gitSources(folder);
        if (tracked.isPresent()) {
            return tracked.get();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.getFileName().toString().equals(FILE)).filter(p -> folder.relativize(p)
                    .toString().isEmpty() || !underOutput(folder.relativize(p))).toList();
        }
    }

    private static boolean underOutput(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (OUTPUT_DIRS.contains(name) || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The files git would commit in {@code folder}; empty when it is not in a work tree git can read. */
    private static Optional<List<Path>> gitSources(Path folder) {
        try {
            Process git = new ProcessBuilder("git", "-C", folder.toString(), "ls-files", "-z", "--cached", "--others",
                    "--exclude-standard", "--", ".").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return Optional.empty();
            }
            List<Path> paths = new ArrayList<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty() && !name.endsWith(FILE)) {
                    paths.add(folder.resolve(name));
                }
            }
            return Optional.of(paths);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
